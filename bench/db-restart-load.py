"""Writes through the app while its database restarts, and remembers every write the app acknowledged.

Usage: db-restart-load.py APP_URL SECONDS MEMBERS_TSV IDEA_ID OUT_JSON
Each line of MEMBERS_TSV is "cookie<TAB>antiforgery token" (bench/sign-in-voters.py). One worker per
member loops for SECONDS: it posts a comment with a unique text on the idea, then sets its vote on the
idea to the opposite of its last one. Worker i is the member of line i. A write counts as acknowledged when the app answers it with
success (a redirect for the comment, 200 for the vote). OUT_JSON gets, per worker, the texts of the
acknowledged comments and the vote last acknowledged together with any later unacknowledged attempts,
and for everyone the time of every answer (seconds from the start, ok or not), so the caller can count
writes lost and measure the window of errors.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse


def worker(index, host, port, cookie, token, idea, deadline, start, out, lock):
    acked_comments, answers = [], []
    last_acked_vote, later_attempts, vote = None, [], "For"
    n = 0
    while time.monotonic() < deadline:
        n += 1
        text = f"prova-riavvio {index}-{n}"
        for path, body, ok_status, kind in (
            ("/commenti", {"ThreadKind": "Idea", "ThreadId": idea, "Body": text}, 302, "comment"),
            (f"/idee/{idea}/voto", {"vote": vote}, 200, "vote"),
        ):
            body["__RequestVerificationToken"] = token
            headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
            if kind == "vote":
                headers["HX-Request"] = "true"
            status = None
            try:
                connection = http.client.HTTPConnection(host, port, timeout=10)
                connection.request("POST", path, urllib.parse.urlencode(body), headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                connection.close()
            except OSError as error:
                status = type(error).__name__
            ok = status == ok_status
            answers.append([round(time.monotonic() - start, 3), ok, kind, status])
            if kind == "comment" and ok:
                acked_comments.append(text)
            if kind == "vote":
                if ok:
                    last_acked_vote, later_attempts = vote, []
                else:
                    later_attempts.append(vote)
                vote = "Against" if vote == "For" else "For"
    with lock:
        out.append({"worker": index, "comments": acked_comments, "vote": last_acked_vote,
                    "later_vote_attempts": later_attempts, "answers": answers})


def main():
    app, seconds, members_file, idea, out_file = sys.argv[1:6]
    parsed = urllib.parse.urlparse(app)
    members = [line.rstrip("\n").split("\t") for line in open(members_file) if "\t" in line]
    started_at, start = time.time(), time.monotonic()
    deadline = start + float(seconds)
    out, lock = [], threading.Lock()
    threads = [threading.Thread(target=worker, args=(i, parsed.hostname, parsed.port, cookie, token, idea, deadline, start, out, lock))
               for i, (cookie, token) in enumerate(members)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    json.dump({"started_at": started_at, "workers": sorted(out, key=lambda w: w["worker"])}, open(out_file, "w"))


if __name__ == "__main__":
    main()
