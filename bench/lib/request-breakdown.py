"""Reads a speedscope file from dotnet-trace and prints, for the samples taken inside a request (below the request
logging middleware), the share of those samples each frame is on the stack for: the request's own flame graph,
flattened. Usage: request-breakdown.py TRACE.speedscope.json [ROOT_FRAME] [TOP_N]"""
import collections
import json
import sys

trace = json.load(open(sys.argv[1]))
root = sys.argv[2] if len(sys.argv) > 2 else "RequestLoggingMiddleware.Invoke"
top = int(sys.argv[3]) if len(sys.argv) > 3 else 60
frames = [f["name"] for f in trace["shared"]["frames"]]

inclusive = collections.Counter()
total = 0.0
for profile in trace["profiles"]:
    # dotnet-trace writes evented profiles: open/close events per frame; the time between two events belongs to the
    # stack as it stood.
    stack, last = [], None
    for event in profile["events"]:
        if last is not None and stack:
            names = [frames[i] for i in stack]
            at = next((i for i, name in enumerate(names) if root in name), None)
            if at is not None:
                weight = event["at"] - last
                total += weight
                for name in set(names[at:]):
                    inclusive[name] += weight
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            stack.pop()
        last = event["at"]

noise = ("MoveNext()", "AsyncMethodBuilder", "ExecutionContext", "d__")
print(f"share of in-request samples on the stack (root: {root})")
for name, weight in inclusive.most_common():
    if top <= 0:
        break
    if any(n in name for n in noise):
        continue
    print(f"{100 * weight / total:6.1f}%  {name[:160]}")
    top -= 1
