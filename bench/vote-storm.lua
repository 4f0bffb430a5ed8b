-- wrk script for the vote storm: every request is a random signed-in member voting for, against or
-- withdrawing on one of a few ideas, the way the htmx buttons post it.
-- Arguments after "--": a file of "cookie<TAB>antiforgery token" lines, and idea ids separated by commas.
local members, ideas = {}, {}
local choices = { "For", "Against", "None" }

function init(args)
    for line in io.lines(args[1]) do
        local cookie, token = line:match("^([^\t]+)\t(.+)$")
        if cookie then members[#members + 1] = { cookie = cookie, token = token } end
    end
    for id in string.gmatch(args[2], "[^,]+") do ideas[#ideas + 1] = id end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
    local member = members[math.random(#members)]
    local body = "vote=" .. choices[math.random(#choices)] .. "&__RequestVerificationToken=" .. member.token
    return wrk.format("POST", "/idee/" .. ideas[math.random(#ideas)] .. "/voto", {
        ["Cookie"] = member.cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["HX-Request"] = "true",
    }, body)
end
