-- One store's quota shared by every JVM: the rules of bigcommerce-reactive-core's QuotaWindow, run atomically in Redis.
-- Time is Redis's own clock (TIME), in milliseconds, so that every JVM reads the same one.
--
-- KEYS[1]  the store's hash key
-- ARGV[1]  operation: acquire | response | throttled | noresponse | refund
-- ARGV[2]  initial permits (requests in flight while the window is unknown)
-- ARGV[3]  minimum requests remaining
-- ARGV[4]  1 to spend a window at once and wait for the reset, 0 to spread it
-- ARGV[5]  permit timeout (ms): unanswered permits stop counting after one to two of these
-- ARGV[6]  time to live of the key (ms), renewed by every operation
-- ARGV[7..10] response: quota, window (ms), reset in (ms), requests left; -1 when absent. throttled: ARGV[7] = wait (ms)
--
-- Returns {code, quota, window, left, resetIn, tracking}: for acquire, code is 0 when a permit was taken, else the
-- milliseconds to wait before asking again; for response, code is 1 when the store is at its minimum remaining.
-- left is -1 while the window is not tracked; for throttled, resetIn is the time until the hold ends.

local key = KEYS[1]
local op = ARGV[1]
local initialPermits = tonumber(ARGV[2])
local minRemaining = tonumber(ARGV[3])
local waitUntilReset = ARGV[4] == '1'
local permitTimeout = tonumber(ARGV[5])
local ttl = tonumber(ARGV[6])

local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)

local s = redis.call('HMGET', key, 'tracking', 'quota', 'window', 'resetAt', 'lowest', 'nextSpreadAt', 'heldUntil',
    'cur', 'prev', 'genStart', 'projected', 'sinceRefill')
local tracking = s[1] == '1'
local quota = tonumber(s[2]) or -1
local window = tonumber(s[3]) or -1
local resetAt = tonumber(s[4]) or 0
-- the lowest count of requests left the store reported in this window (the quota right after a refill)
local lowest = tonumber(s[5]) or 0
local nextSpreadAt = tonumber(s[6]) or 0
local heldUntil = tonumber(s[7]) or now
local cur = tonumber(s[8]) or 0
local prev = tonumber(s[9]) or 0
local genStart = tonumber(s[10]) or now
-- whether resetAt is only projected one window on from the last reset, not yet reported by the store
local projected = s[11] == '1'
-- permits granted since the last refill: only those can be missing from a count the store reports
local sinceRefill = tonumber(s[12]) or 0

-- The requests left for everyone sharing this key: the lowest count reported, less the permits still out that the
-- store may not have counted (all of them while the reset is only projected).
local function left()
    local uncounted = cur + prev
    if not projected then uncounted = math.min(uncounted, sinceRefill) end
    return math.max(0, lowest - uncounted)
end

-- Move time on: forget permits unanswered for too long, refill a tracked window at its reset.
local elapsed = now - genStart
if elapsed >= permitTimeout then
    local generations = math.floor(elapsed / permitTimeout)
    if generations == 1 then prev = cur else prev = 0 end
    cur = 0
    genStart = genStart + generations * permitTimeout
end
if tracking and now >= resetAt then
    if now - resetAt >= window then
        tracking = false
    else
        resetAt = resetAt + window
        projected = true
        lowest = quota
        sinceRefill = 0
        nextSpreadAt = now
    end
end

-- The reserve never takes a whole quota: a store whose quota is at or below the minimum remaining still gets one
-- request per window instead of none ever.
local function usable()
    local reserve = minRemaining
    if quota > 0 then reserve = math.min(minRemaining, quota - 1) end
    return left() - reserve
end

local function release()
    if prev > 0 then prev = prev - 1 elseif cur > 0 then cur = cur - 1 end
end

local code = 0
if op == 'acquire' then
    local permitAt
    if now < heldUntil then
        permitAt = heldUntil
    elseif not tracking then
        -- another JVM may learn the window any moment: look again soon rather than at the permit timeout
        if cur + prev < initialPermits then permitAt = now else permitAt = math.min(genStart + permitTimeout, now + 50) end
    elseif usable() <= 0 then
        permitAt = resetAt
    elseif waitUntilReset then
        permitAt = now
    else
        permitAt = math.max(now, nextSpreadAt)
    end
    if permitAt > now then
        code = permitAt - now
    else
        if tracking then
            nextSpreadAt = now + math.floor((resetAt - now) / usable())
        end
        cur = cur + 1
        sinceRefill = sinceRefill + 1
    end
elseif op == 'response' then
    release()
    local reportedQuota, reportedWindow = tonumber(ARGV[7]), tonumber(ARGV[8])
    local resetIn, reportedLeft = tonumber(ARGV[9]), tonumber(ARGV[10])
    if reportedQuota >= 0 then quota = reportedQuota end
    if reportedWindow > 0 then window = reportedWindow end
    -- a count above the quota learnt earlier cannot be true: never trust more than the quota
    if quota > 0 and reportedLeft > quota then reportedLeft = quota end
    if reportedLeft >= 0 then
        if resetIn < 0 or quota < 0 or window <= 0 then
            if tracking then lowest = math.min(lowest, reportedLeft) end
        else
            local reportedResetAt = now + resetIn
            local tolerance = math.floor(window / 2)
            if not tracking or reportedResetAt > resetAt + tolerance then
                -- the first window seen, or the store moved on: any permit still out may be uncounted
                tracking = true
                resetAt = reportedResetAt
                projected = false
                lowest = reportedLeft
                sinceRefill = cur + prev
                nextSpreadAt = now
            elseif reportedResetAt >= resetAt - tolerance then
                if projected then
                    resetAt = reportedResetAt
                    lowest = reportedLeft
                else
                    resetAt = math.min(resetAt, reportedResetAt)
                    lowest = math.min(lowest, reportedLeft)
                end
                projected = false
            end
        end
    end
    if tracking and usable() <= 0 then code = 1 end
elseif op == 'throttled' then
    heldUntil = math.max(heldUntil, now + tonumber(ARGV[7]))
elseif op == 'noresponse' then
    release()
elseif op == 'refund' then
    release()
    sinceRefill = math.max(0, sinceRefill - 1)
end

redis.call('HSET', key, 'tracking', tracking and '1' or '0', 'quota', quota, 'window', window, 'resetAt', resetAt,
    'lowest', lowest, 'nextSpreadAt', nextSpreadAt, 'heldUntil', heldUntil, 'cur', cur, 'prev', prev,
    'genStart', genStart, 'projected', projected and '1' or '0', 'sinceRefill', sinceRefill)
redis.call('PEXPIRE', key, ttl)

local resetIn = 0
if op == 'throttled' then
    resetIn = math.max(0, heldUntil - now)
elseif tracking then
    resetIn = math.max(0, resetAt - now)
end
local leftNow = -1
if tracking then leftNow = left() end
return {code, quota, window, leftNow, resetIn, tracking and 1 or 0}
