-- Shared by the wrk scripts: picks random ids from the ranges given in the environment, sends the API key, and
-- prints one JSON line with throughput, latency percentiles and errors when the run ends.
local users = tonumber(os.getenv("BENCH_USERS") or "200000")
local shoes = tonumber(os.getenv("BENCH_SHOES") or "20000")
local key = os.getenv("BENCH_API_KEY") or "bench-key"
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local target = os.getenv("BENCH_TARGET") or "live"

math.randomseed(os.time())

request = function()
  local path
  if target == "recommendations" then
    path = "/api/users/" .. math.random(1, users) .. "/recommendations?limit=20"
  elseif target == "similar" then
    path = "/api/shoes/" .. math.random(1, shoes) .. "/similar?limit=20"
  else
    path = "/q/health/live"
  end
  return wrk.format("GET", path, { ["X-API-Key"] = key })
end

if delay_ms > 0 then
  delay = function() return delay_ms end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"target":"%s","requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"p999_ms":%.2f,' ..
    '"non2xx":%d,"socket_errors":%d}\n',
    target, summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, summary.errors.status, errors))
end
