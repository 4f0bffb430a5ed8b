"""Signs bench members in, many at once, for the vote storm (bench/vote-storm.lua).

Usage: sign-in-voters.py APP_URL PASSWORD IDEA_PATH < emails > voters.tsv
For each e-mail read from stdin it signs in with the password, opens IDEA_PATH as that member to read
the antiforgery token the vote buttons carry, and prints "cookie<TAB>token". Much faster than a shell
loop of curl calls, so the storm's cookies are fresh when a run starts (see fresh_sign_ins in bench/run).
"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


def sign_in(app, password, idea_path, email):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{app}/accesso", timeout=30).read().decode()
    form = urllib.parse.urlencode({"Email": email, "Password": password,
                                   "__RequestVerificationToken": TOKEN.search(page).group(1)}).encode()
    opener.open(f"{app}/accesso", form, timeout=30).read()
    idea = opener.open(f"{app}{idea_path}", timeout=30).read().decode()
    token = TOKEN.search(idea).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    if not any(c.name in ("club.auth", "__Host-club") for c in jar):
        raise RuntimeError(f"{email} was not signed in")
    return f"{cookie}\t{token}"


def main():
    app, password, idea_path = sys.argv[1:4]
    emails = [line.strip() for line in sys.stdin if line.strip()]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for line in pool.map(lambda e: sign_in(app, password, idea_path, e), emails):
            print(line)


if __name__ == "__main__":
    main()
