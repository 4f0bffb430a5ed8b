"""Summarises bench/run's wrk outputs as a Markdown table: per page, the medians over the rounds of
req/s, p50 and p99 latency at 16 and 64 connections, the errors, the ratio to the baseline page at 64
connections and the target of the speed issue.
Usage: table.py RAW PAGES, where RAW has one "name<TAB>connections<TAB>wrk output with lines joined
by vertical tabs" line per run and PAGES one "name|path|who|target" line per page, baseline first."""
import re, statistics, sys

def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

runs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    name, connections, output = line.rstrip("\n").split("\t", 2)
    output = output.replace("\v", "\n")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = (sum(map(int, socket.groups())) if socket else 0) + (int(non2xx.group(1)) if non2xx else 0)
    runs.setdefault((name, int(connections)), []).append((rps, p50, p99, errors))

def median(key, index):
    return statistics.median(r[index] for r in runs[key])

pages = [line.rstrip("\n").split("|") for line in open(sys.argv[2], encoding="utf-8")]
baseline = pages[0][0]
print("| page | -c16 req/s | p50 | p99 | -c64 req/s | p50 | p99 | errors | ratio (-c64) | target | p99 < 100 ms at -c16 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for name, _, _, target in pages:
    c16, c64 = (name, 16), (name, 64)
    ratio = median(c64, 0) / median((baseline, 64), 0)
    met = "" if target == "-" else (" ✓" if ratio >= float(target) else " ✗")
    errors = sum(r[3] for r in runs[c16] + runs[c64])
    print(f"| {name} | {median(c16, 0):.0f} | {median(c16, 1):.1f} ms | {median(c16, 2):.1f} ms | {median(c64, 0):.0f} | "
          f"{median(c64, 1):.1f} ms | {median(c64, 2):.1f} ms | {errors} | {ratio:.2f} | {target}{met} | {'yes' if median(c16, 2) < 100 else 'no'} |")
