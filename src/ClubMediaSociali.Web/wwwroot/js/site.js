// Marks that scripts run, so the stylesheet can keep the menu open for visitors without JavaScript.
document.documentElement.classList.add("js");

// The menu button on small screens opens and closes the main menu: Bootstrap's collapse class, without the
// 80 KB of Bootstrap's scripts, which the pages used for nothing else.
document.querySelectorAll("[data-menu-toggle]").forEach((button) => {
    const menu = document.getElementById(button.getAttribute("aria-controls"));
    const show = (open) => {
        menu.classList.toggle("show", open);
        button.setAttribute("aria-expanded", String(open));
    };
    button.addEventListener("click", () => show(!menu.classList.contains("show")));
    document.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && menu.classList.contains("show")) {
            show(false);
            button.focus();
        }
    });
});

// The member menu is a <details>: close it on Escape or on a click outside it.
document.addEventListener("click", (event) => {
    document.querySelectorAll("details.member-menu[open]").forEach((menu) => {
        if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
});
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.member-menu[open]").forEach((menu) => {
        menu.removeAttribute("open");
        menu.querySelector("summary").focus();
    });
});
