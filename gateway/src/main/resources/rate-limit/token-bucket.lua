-- One caller's token bucket (capacity = its rate per minute, refilled continuously), decided atomically in Redis so
-- that every gateway replica spends from the same bucket. KEYS[1]: the bucket; ARGV[1]: capacity; ARGV[2]: cost
-- (1 spend a token if there is one, 0 only look, -1 give one back). Returns {allowed 1/0, tokens left as a string}.
local capacity = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local time = redis.call('TIME')
-- Milliseconds: 13 digits, which Lua's tostring (14 significant digits) keeps exactly.
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * capacity / 60000)
local allowed = tokens >= 1
if (cost > 0 and allowed) or cost < 0 then
  tokens = math.min(capacity, tokens - cost)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- Untouched for a minute, the bucket is full again: nothing to keep.
redis.call('PEXPIRE', KEYS[1], 60000)
return {allowed and 1 or 0, tostring(tokens)}
