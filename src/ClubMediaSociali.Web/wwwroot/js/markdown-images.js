// Pictures in texts: the "Immagine" button (and pasting or dropping a picture on the text) opens a small dialog that
// asks what the picture shows, sends it, and puts the Markdown line it gets back where the cursor was.
// Without this script the link beside the text opens a page that gives the line to copy.
(() => {
    const endpoint = "/immagini/nuova";

    function insertAtCursor(textarea, text) {
        const start = textarea.selectionStart ?? textarea.value.length;
        const end = textarea.selectionEnd ?? start;
        const before = textarea.value.slice(0, start);
        const after = textarea.value.slice(end);
        const line = (before && !before.endsWith("\n") ? "\n\n" : "") + text + (after.startsWith("\n") ? "\n" : "\n\n");
        textarea.value = before + line + after;
        const caret = before.length + line.length;
        textarea.setSelectionRange(caret, caret);
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
        textarea.focus();
    }

    function buildDialog(link, textarea) {
        const labels = link.dataset;
        const dialog = document.createElement("dialog");
        dialog.className = "image-dialog";
        dialog.setAttribute("aria-labelledby", textarea.id + "-image-title");
        dialog.innerHTML = `
            <form method="dialog" class="image-dialog-form" novalidate>
                <h2 class="h5" id="${textarea.id}-image-title"></h2>
                <label class="form-label" for="${textarea.id}-image-file"></label>
                <input class="form-control" type="file" id="${textarea.id}-image-file" accept="image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif" required>
                <label class="form-label mt-3" for="${textarea.id}-image-alt"></label>
                <input class="form-control" id="${textarea.id}-image-alt" maxlength="200" required>
                <p class="field-error mt-2" role="alert"></p>
                <div class="d-flex gap-2 mt-3">
                    <button type="submit" class="btn btn-primary" value="insert"></button>
                    <button type="button" class="btn btn-outline-secondary" data-cancel></button>
                </div>
            </form>`;
        dialog.querySelector("h2").textContent = labels.labelTitle;
        dialog.querySelector(`label[for$="-image-file"]`).textContent = labels.labelFile;
        dialog.querySelector(`label[for$="-image-alt"]`).textContent = labels.labelAlt;
        const submit = dialog.querySelector("button[type=submit]");
        submit.textContent = labels.labelInsert;
        dialog.querySelector("[data-cancel]").textContent = labels.labelCancel;
        dialog.querySelector("[data-cancel]").addEventListener("click", () => dialog.close());
        const error = dialog.querySelector(".field-error");
        const file = dialog.querySelector("input[type=file]");
        const alt = dialog.querySelector(`#${CSS.escape(textarea.id)}-image-alt`);

        dialog.querySelector("form").addEventListener("submit", async (event) => {
            event.preventDefault();
            error.textContent = "";
            const token = textarea.form?.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
            const body = new FormData();
            if (file.files.length > 0) body.append("File", file.files[0]);
            body.append("Alt", alt.value);
            body.append("__RequestVerificationToken", token);
            submit.disabled = true;
            submit.textContent = labels.labelSending;
            try {
                const response = await fetch(endpoint, { method: "POST", body, headers: { Accept: "application/json" }, credentials: "same-origin" });
                const answer = await response.json().catch(() => null);
                if (response.ok && answer?.markdown) {
                    dialog.close();
                    insertAtCursor(textarea, answer.markdown);
                    return;
                }
                const messages = answer?.errors ? Object.values(answer.errors) : [];
                error.textContent = messages.length > 0 ? messages.join(" ") : labels.labelFailed;
                (answer?.errors?.alt ? alt : file).focus();
            } catch {
                error.textContent = labels.labelFailed;
            } finally {
                submit.disabled = false;
                submit.textContent = labels.labelInsert;
            }
        });

        document.body.appendChild(dialog);
        return {
            open(files) {
                error.textContent = "";
                alt.value = "";
                file.value = "";
                if (files) file.files = files;
                dialog.showModal();
                (files ? alt : file).focus();
            },
        };
    }

    function picturesIn(transfer) {
        if (!transfer) return null;
        const pictures = [...transfer.files].filter((f) => f.type.startsWith("image/"));
        if (pictures.length === 0) return null;
        const one = new DataTransfer();
        one.items.add(pictures[0]);
        return one.files;
    }

    document.querySelectorAll("a[data-image-for]").forEach((link) => {
        const textarea = document.getElementById(link.dataset.imageFor);
        if (!textarea) return;
        const dialog = buildDialog(link, textarea);
        const button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-sm btn-outline-secondary image-button";
        button.textContent = link.dataset.labelButton;
        button.addEventListener("click", () => dialog.open(null));
        link.closest(".image-button-row")?.querySelector(".image-button-note")?.remove();
        link.replaceWith(button);

        textarea.addEventListener("paste", (event) => {
            const files = picturesIn(event.clipboardData);
            if (files) {
                event.preventDefault();
                dialog.open(files);
            }
        });
        textarea.addEventListener("dragover", (event) => {
            if ([...(event.dataTransfer?.items ?? [])].some((i) => i.kind === "file")) event.preventDefault();
        });
        textarea.addEventListener("drop", (event) => {
            const files = picturesIn(event.dataTransfer);
            if (files) {
                event.preventDefault();
                dialog.open(files);
            }
        });
    });
})();

// The photo and logo forms take a picture dropped on them, as if chosen in the file field.
document.querySelectorAll("form[data-picture-drop]").forEach((form) => {
    const input = form.querySelector("input[type=file]");
    if (!input) return;
    form.addEventListener("dragover", (event) => {
        if ([...(event.dataTransfer?.items ?? [])].some((i) => i.kind === "file")) {
            event.preventDefault();
            form.classList.add("is-dragging");
        }
    });
    form.addEventListener("dragleave", () => form.classList.remove("is-dragging"));
    form.addEventListener("drop", (event) => {
        form.classList.remove("is-dragging");
        const files = event.dataTransfer?.files;
        if (!files || files.length === 0) return;
        event.preventDefault();
        const one = new DataTransfer();
        one.items.add(files[0]);
        input.files = one.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
        input.focus();
    });
});
