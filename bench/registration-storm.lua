-- wrk script for the registration storm: every request is a random signed-in member registering for one of the
-- storm's events, or giving the place up, the way the page's forms post without JavaScript (answered by a redirect).
-- The events have few places, so seats, waiting lists and promotions all happen under the load.
-- Arguments after "--": a file of "cookie<TAB>antiforgery token" lines, then the event ids separated by commas.
local members = {}
local events = {}

function init(args)
    for line in io.lines(args[1]) do
        local cookie, token = line:match("^([^\t]+)\t(.+)$")
        if cookie then members[#members + 1] = { cookie = cookie, token = token } end
    end
    for id in string.gmatch(args[2], "[^,]+") do events[#events + 1] = id end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
    local member = members[math.random(#members)]
    local event = events[math.random(#events)]
    local path = "/eventi/" .. event .. "/iscrizione"
    if math.random(3) == 1 then path = path .. "/annulla" end
    return wrk.format("POST", path, {
        ["Cookie"] = member.cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
    }, "__RequestVerificationToken=" .. member.token)
end
