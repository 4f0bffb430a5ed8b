-- wrk script for the comment storm: every request is a random signed-in member commenting on one of a few
-- ideas, the way the form posts it without JavaScript (answered by a redirect: the write path alone). Each comment is a new sentence drawn from a small vocabulary, so the
-- spam check reads ordinary, different texts (it holds the same text posted again and again).
-- Arguments after "--": a file of "cookie<TAB>antiforgery token" lines, and idea ids separated by commas.
local members, ideas = {}, {}
local words = {
    "clienti", "negozio", "campagna", "video", "newsletter", "fiera", "contenuti", "budget", "risultati", "storie",
    "prodotto", "territorio", "fotografie", "recensioni", "calendario", "collaborazione", "agenzia", "pubblico",
    "misurare", "provare", "raccontare", "scegliere", "rispondere", "pubblicare", "ascoltare", "confrontare",
    "settimana", "mese", "anno", "mattina", "sera", "estate", "inverno", "Parma", "Bari", "Torino", "Verona",
    "piccolo", "locale", "semplice", "utile", "nuovo", "diretto", "costante", "chiaro", "sincero", "concreto",
}

function init(args)
    for line in io.lines(args[1]) do
        local cookie, token = line:match("^([^\t]+)\t(.+)$")
        if cookie then members[#members + 1] = { cookie = cookie, token = token } end
    end
    for id in string.gmatch(args[2], "[^,]+") do ideas[#ideas + 1] = id end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function sentence()
    local picked = {}
    for i = 1, 14 do picked[i] = words[math.random(#words)] end
    return "Nella mia esperienza " .. table.concat(picked, " ") .. "."
end

function request()
    local member = members[math.random(#members)]
    local body = "ThreadKind=Idea&ThreadId=" .. ideas[math.random(#ideas)] .. "&Body=" .. sentence():gsub(" ", "+")
        .. "&__RequestVerificationToken=" .. member.token
    return wrk.format("POST", "/commenti", {
        ["Cookie"] = member.cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
end
