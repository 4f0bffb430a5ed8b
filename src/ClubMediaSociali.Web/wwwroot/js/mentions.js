// "@" in a text that can mention members: after a pause in typing, the members the letters may mean appear under the
// text (htmx asks the server); arrows choose, Enter or Tab puts "@handle " in the text, Escape closes. Without
// JavaScript the member simply types "@handle", which works the same.
(() => {
    const pause = 250;
    // "@" then the letters typed so far, at the caret, not inside an address such as info@azienda.it.
    const typing = /(?:^|[^A-Za-z0-9._@/\\-])@([A-Za-z0-9\u00C0-\u017F-]{2,60})$/;

    const bind = (textarea) => {
        if (textarea.dataset.mentionsBound) return;
        textarea.dataset.mentionsBound = "true";
        const list = document.createElement("ul");
        list.id = `${textarea.id}-menzioni`;
        list.className = "mention-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", textarea.dataset.mentionsLabel ?? "");
        list.hidden = true;
        textarea.insertAdjacentElement("afterend", list);
        textarea.parentElement.classList.add("mention-host");
        textarea.setAttribute("aria-autocomplete", "list");
        textarea.setAttribute("aria-controls", list.id);

        let timer = 0;
        let asked = "";
        let active = -1;

        const options = () => [...list.querySelectorAll("[role=option]")];
        const close = () => {
            list.hidden = true;
            list.replaceChildren();
            active = -1;
            asked = "";
            textarea.removeAttribute("aria-activedescendant");
        };
        const highlight = (index) => {
            const all = options();
            if (all.length === 0) return;
            active = (index + all.length) % all.length;
            all.forEach((option, i) => option.setAttribute("aria-selected", i === active ? "true" : "false"));
            textarea.setAttribute("aria-activedescendant", all[active].id);
            all[active].scrollIntoView({ block: "nearest" });
        };
        const typed = () => typing.exec(textarea.value.slice(0, textarea.selectionStart ?? 0));
        const choose = (option) => {
            const match = typed();
            if (!match) return close();
            const caret = textarea.selectionStart;
            const start = caret - match[1].length - 1;
            const mention = `@${option.dataset.handle} `;
            textarea.value = textarea.value.slice(0, start) + mention + textarea.value.slice(caret);
            textarea.setSelectionRange(start + mention.length, start + mention.length);
            close();
            textarea.dispatchEvent(new Event("input", { bubbles: true }));
            textarea.focus();
        };

        textarea.addEventListener("input", () => {
            clearTimeout(timer);
            const match = typed();
            if (!match) return close();
            const letters = match[1];
            timer = setTimeout(async () => {
                if (letters === asked) return;
                asked = letters;
                await htmx.ajax("GET", `${textarea.dataset.mentions}?q=${encodeURIComponent(letters)}`, { target: list, swap: "innerHTML" });
                // Typing went on while the answer came: a newer question is on its way.
                if (asked !== letters) return;
                list.hidden = options().length === 0;
                if (!list.hidden) highlight(0);
            }, pause);
        });
        textarea.addEventListener("keydown", (event) => {
            if (list.hidden) return;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active + (event.key === "ArrowDown" ? 1 : -1));
            } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
                event.preventDefault();
                choose(options()[active]);
            } else if (event.key === "Escape") {
                event.preventDefault();
                close();
            }
        });
        textarea.addEventListener("blur", () => setTimeout(close, 150));
        // mousedown, not click: the text keeps the focus and the caret.
        list.addEventListener("mousedown", (event) => {
            const option = event.target.closest("[role=option]");
            if (option) {
                event.preventDefault();
                choose(option);
            }
        });
    };

    const bindAll = (root) => root.querySelectorAll?.("textarea[data-mentions]").forEach(bind);
    bindAll(document);
    // Forms htmx brings in later (a reply, an edit in place) get the same help.
    document.body.addEventListener("htmx:load", (event) => bindAll(event.detail.elt));
})();
