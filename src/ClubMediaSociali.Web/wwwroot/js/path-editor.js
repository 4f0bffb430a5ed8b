// The path editor works with plain form posts; this file only makes it pleasant with scripts on.
// 1. After htmx swaps the editor, the focus goes back where the server says (the step that moved).
// 2. Steps can be dragged into a new order; the server then renders the new numbering.
(() => {
    const focusMarked = () => {
        const target = document.querySelector("#path-editor [data-focus='true']");
        if (target) target.focus();
    };
    document.addEventListener("htmx:afterSettle", focusMarked);

    let dragged = null;
    document.addEventListener("dragstart", (event) => {
        dragged = event.target.closest?.(".editor-step");
        if (!dragged) return;
        event.dataTransfer.effectAllowed = "move";
        dragged.classList.add("dragging");
    });
    document.addEventListener("dragover", (event) => {
        const over = event.target.closest?.(".editor-step");
        if (!dragged || !over || over === dragged) return;
        event.preventDefault();
        const box = over.getBoundingClientRect();
        const after = event.clientY > box.top + box.height / 2;
        over.parentNode.insertBefore(dragged, after ? over.nextSibling : over);
    });
    document.addEventListener("dragend", () => {
        if (!dragged) return;
        dragged.classList.remove("dragging");
        const list = dragged.parentNode;
        dragged = null;
        // The fields follow the new order; the hidden "order" button asks for the page again, numbered anew.
        list.querySelectorAll(".editor-step").forEach((step, index) => {
            step.querySelectorAll("[name^='Steps[']").forEach((field) => {
                field.name = field.name.replace(/^Steps\[\d+\]/, `Steps[${index}]`);
            });
        });
        document.querySelector("#path-editor button[value='order']")?.click();
    });
})();
