-- wrk script for the message storm: every request is a random signed-in member writing in one of their own
-- conversations, the way the form posts it without JavaScript (answered by a redirect: the write path alone). Each
-- message is a new sentence, so the spam check reads ordinary, different texts.
-- Arguments after "--": a file of "cookie<TAB>antiforgery token<TAB>conversation id" lines.
local members = {}
local words = {
    "clienti", "preventivo", "campagna", "video", "newsletter", "fiera", "contenuti", "budget", "risultati", "storie",
    "prodotto", "incontro", "fotografie", "recensioni", "calendario", "collaborazione", "agenzia", "pubblico",
    "sentiamoci", "domani", "giovedì", "mattina", "chiamata", "proposta", "contratto", "bozza", "Milano", "Napoli",
    "piccolo", "locale", "semplice", "utile", "nuovo", "diretto", "chiaro", "concreto", "grazie", "volentieri",
}

function init(args)
    for line in io.lines(args[1]) do
        local cookie, token, conversation = line:match("^([^\t]+)\t([^\t]+)\t(.+)$")
        if cookie then members[#members + 1] = { cookie = cookie, token = token, conversation = conversation } end
    end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function sentence()
    local picked = {}
    for i = 1, 10 do picked[i] = words[math.random(#words)] end
    return "Ciao, " .. table.concat(picked, " ") .. "."
end

function request()
    local member = members[math.random(#members)]
    local body = "Body=" .. sentence():gsub(" ", "+") .. "&__RequestVerificationToken=" .. member.token
    return wrk.format("POST", "/messaggi/" .. member.conversation, {
        ["Cookie"] = member.cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
end
