-- wrk script of the Zhurnal benchmarks: every request is a line of the requests file
-- ("METHOD<TAB>path<TAB>Cookie header"), taken in turn from a random start per thread, as the signed-in
-- user of that line. Prints one summary line that the harness parses.
local lines = {}
local position = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local method, path, cookie = line:match("^([^\t]+)\t([^\t]+)\t([^\t]*)$")
    table.insert(lines, { method = method, path = path, cookie = cookie })
  end
  math.randomseed(1000 + id)
  position = math.random(#lines)
end

function request()
  position = position % #lines + 1
  local line = lines[position]
  return wrk.format(line.method, line.path, { ["Cookie"] = line.cookie, ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("ZHURNAL-RESULT requests=%d status_errors=%d socket_errors=%d p50=%.3f p95=%.3f p99=%.3f seconds=%.3f\n",
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.duration / 1e6))
end
