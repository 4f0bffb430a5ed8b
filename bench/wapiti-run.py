"""Runs Debian's wapiti (3.0.4) with one fix: its exclusion patterns (-x) put the regular expression
flags at the end, which Python 3.11 refuses, so every -x crashes the scan. Same arguments as wapiti."""
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    """A wildcard pattern ('*' matches anything) as a regular expression, flags first."""
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
