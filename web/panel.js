/*
 * The chat page as the panel of another website (web/embed.js shows it in an iframe as
 * /chat/?embed=1&host=<that website's origin>&title=...).
 *
 * Shows the chat alone under the given title with a "Close chat" button (Escape closes
 * too), and keeps two flags in this origin's localStorage, so that like the conversation
 * they survive the host's page changes: whether the panel is open and whether a reply
 * arrived while it was closed (the launcher's dot). They are sent to the host page with
 * postMessage ({type: "state", open, unread}); the host page sends {type: "open", open}.
 */
(() => {
  "use strict";

  const params = new URLSearchParams(location.search);
  const host = params.get("host");
  if (params.get("embed") !== "1" || !host || window.parent === window) return;

  const STORAGE_KEY = "china-talent-assistant.panel";
  const input = document.getElementById("chat-input");
  const scroller = document.getElementById("chat-scroll");
  const state = load();

  function load() {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY));
      if (typeof stored?.open === "boolean" && typeof stored?.unread === "boolean") {
        return stored;
      }
    } catch {
      // Unreadable or unavailable storage: closed, nothing unread.
    }
    return { open: false, unread: false };
  }

  // Records and announces a change (or, without one, the current state).
  function update(changes) {
    Object.assign(state, changes);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the flags last until the next page.
    }
    window.parent.postMessage({ type: "state", open: state.open, unread: state.unread }, host);
  }

  function close() {
    update({ open: false });
  }

  document.documentElement.classList.add("is-embedded");
  document.getElementById("chat-title").textContent = params.get("title") || document.title;
  const closeButton = document.createElement("button");
  closeButton.type = "button";
  closeButton.className = "chat-close";
  closeButton.textContent = document.documentElement.lang === "zh-CN" ? "关闭对话" : "Close chat";
  closeButton.addEventListener("click", close);
  document.querySelector(".chat-header").append(closeButton);

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });

  document.addEventListener("chat:message", (event) => {
    if (event.detail.from === "bot" && !state.open) update({ unread: true });
  });

  window.addEventListener("message", (event) => {
    if (event.origin !== host || event.source !== window.parent) return;
    if (event.data?.type !== "open") return;
    const open = Boolean(event.data.open);
    update({ open, unread: open ? false : state.unread });
    if (open) {
      scroller.scrollTop = scroller.scrollHeight;
      input.focus();
    }
  });

  update({});
})();
