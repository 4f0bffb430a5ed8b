// Live conversations (ADR-017): the hub says only that something changed; the page fetches it through the same
// authorised reads as a reload. Without scripts, or when no connection can be made, the pages still work: the badge
// refreshes every minute and a conversation page asks for new messages every 20 seconds.
(() => {
    if (!window.signalR) return;

    const list = document.querySelector("ol.message-list[data-conversation]");
    const conversation = list?.dataset.conversation;
    // A page of older messages ("messaggi precedenti") is not the newest one: new messages are not appended to it.
    const atNewest = list?.dataset.newest === "true";
    let polling = null;
    let unseen = false; // messages fetched while the page was hidden, not yet marked as read

    const refreshBadge = () => {
        if (document.getElementById("messaggi-nav") && window.htmx) {
            htmx.ajax("GET", "/messaggi/conteggio", { target: "#messaggi-nav", swap: "outerHTML" });
        }
    };

    // Everything after `after`: new messages are appended, changed ones (edited, deleted) replaced where they are.
    let fetching = Promise.resolve();
    const fetchSince = (after) => {
        fetching = fetching.then(async () => {
            const seen = document.visibilityState === "visible";
            const response = await fetch(`/messaggi/${conversation}/nuovi?dopo=${after}&visti=${seen}`, { headers: { "HX-Request": "true" } });
            if (response.status === 409) {
                window.location.reload(); // more than a page came while away: the page again, as a reload would show it
                return;
            }
            if (!response.ok) return;
            const template = document.createElement("template");
            template.innerHTML = await response.text();
            let last = Number(list.dataset.last);
            for (const item of template.content.querySelectorAll("li.message")) {
                const existing = document.getElementById(item.id);
                if (existing) {
                    existing.replaceWith(item);
                } else {
                    list.append(item);
                }
                last = Math.max(last, Number(item.id.slice(1)));
            }
            list.dataset.last = String(last);
            unseen = !seen && (unseen || template.content.querySelector("li.message") !== null);
            if (seen) refreshBadge();
        }).catch(() => { /* the next signal or poll tries again */ });
        return fetching;
    };
    const fetchNew = () => fetchSince(Number(list.dataset.last));

    const connection = new signalR.HubConnectionBuilder()
        .withUrl("/messaggi/diretta")
        .withAutomaticReconnect([0, 2000, 5000, 10000, 30000, 60000])
        .configureLogging(signalR.LogLevel.None) // failures are handled: polling takes over
        .build();

    connection.on("unread", refreshBadge);
    connection.on("changed", (id, seq) => {
        if (!atNewest || id !== conversation) return;
        const last = Number(list.dataset.last);
        // A number the page already shows was edited or deleted: fetch from it on; otherwise what is new.
        fetchSince(seq <= last ? seq - 1 : last);
    });

    const startPolling = () => {
        if (atNewest && polling === null) polling = window.setInterval(fetchNew, 20000);
    };
    const watch = async () => {
        if (atNewest) {
            await connection.invoke("Watch", conversation);
            await fetchNew(); // whatever came while the page was connecting or offline
        }
    };

    connection.onreconnecting(startPolling);
    connection.onreconnected(async () => {
        if (polling !== null) {
            window.clearInterval(polling);
            polling = null;
        }
        refreshBadge();
        await watch().catch(startPolling);
    });
    connection.onclose(startPolling);

    connection.start().then(watch).catch(startPolling);

    // Writing from the newest page sends without leaving it; what the server refuses goes as a plain form post, so
    // the page comes back with the reason beside the text as typed.
    const form = atNewest ? document.querySelector("form.message-form") : null;
    form?.addEventListener("submit", async (event) => {
        // Files go as a plain form post: the page comes back with them in place, or with the reason beside them.
        if (form.dataset.plain === "true" || form.querySelector("input[type=file]")?.files.length) return;
        event.preventDefault();
        const button = form.querySelector("button[type=submit]");
        button.disabled = true;
        try {
            const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { "HX-Request": "true" } });
            if (response.status === 204) {
                form.querySelector("textarea").value = "";
                form.querySelector(".attachment-list")?.remove();
                await fetchNew();
                return;
            }
        } catch {
            // no answer: the plain post below says what happened
        } finally {
            button.disabled = false;
        }
        form.dataset.plain = "true";
        form.requestSubmit();
    });

    // A page coming back into view marks as read what arrived while it was hidden.
    document.addEventListener("visibilitychange", () => {
        if (unseen && document.visibilityState === "visible") {
            fetchSince(Number(list.dataset.last) - 1);
        }
    });
})();
