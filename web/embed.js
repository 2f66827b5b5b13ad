/*
 * Embeds the assistant's chat in another website with one tag:
 *   <script src="https://<assistant>/chat/embed.js" data-title="..." data-lang="en" async></script>
 *
 * Adds a floating launcher button (bottom right) and the chat panel, an iframe of the
 * assistant's own /chat/ page (web/panel.js). Both live in a shadow root with their own
 * constructed style sheet, so the host page's styles and these do not meet; the panel's
 * page, its storage and its socket.io connection stay on the assistant's origin. The
 * panel and this script talk with postMessage, each checking the other's origin and window.
 */
(() => {
  "use strict";

  const script = document.currentScript;
  if (!script || document.querySelector("china-talent-chat")) return;
  const origin = new URL(script.src).origin;
  const title = script.dataset.title || "China talent assistant";
  // The launcher's and the panel's language (the panel's EN / 中文 switch can change it).
  const LANGUAGES = ["en", "zh"];
  const lang = LANGUAGES.includes(script.dataset.lang) ? script.dataset.lang : "en";
  if (script.dataset.lang && script.dataset.lang !== lang) {
    console.warn(`China talent assistant: data-lang="${script.dataset.lang}" is not available`);
  }
  // Pixels, not rem: the host page may change its root font size.
  const STYLE = `
    :host { all: initial; }
    button {
      position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
      width: 56px; height: 56px; padding: 0; border: 0; border-radius: 50%;
      display: grid; place-items: center; cursor: pointer;
      background: #0b57a4; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 35%);
    }
    button:hover { background: #083f77; }
    button:focus-visible { outline: 3px solid #b3400a; outline-offset: 3px; }
    svg { width: 28px; height: 28px; fill: currentColor; }
    .dot {
      position: absolute; top: 2px; right: 2px; width: 14px; height: 14px;
      border: 2px solid #fff; border-radius: 50%; background: #b3400a;
    }
    .dot[hidden], iframe:not(.is-open) { display: none; }
    iframe {
      position: fixed; right: 16px; bottom: 88px; z-index: 2147483647;
      width: min(416px, calc(100vw - 32px)); height: min(640px, calc(100dvh - 104px));
      border: 1px solid #8a96a3; border-radius: 12px; background: #fff;
      box-shadow: 0 4px 24px rgb(0 0 0 / 25%);
    }`;
  const ICON = "M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z";

  const svg = (tag) => document.createElementNS("http://www.w3.org/2000/svg", tag);
  const button = document.createElement("button");
  const dot = document.createElement("span");
  const frame = document.createElement("iframe");
  let open = false;
  let unread = false;
  // Until the panel has sent its state once, a click is the user's; after, it is its echo.
  let ready = false;
  let clicked = false;

  function render() {
    button.setAttribute("aria-expanded", String(open));
    const name = lang === "zh" ? `与${title}对话` : `Chat with ${title}`;
    const news = lang === "zh" ? "，有新回复" : ", new reply";
    button.setAttribute("aria-label", `${name}${unread ? news : ""}`);
    dot.hidden = !unread;
    frame.classList.toggle("is-open", open);
  }

  function tellPanel() {
    frame.contentWindow.postMessage({ type: "open", open }, origin);
  }

  function show(value, moveFocus) {
    open = value;
    if (open) unread = false;
    render();
    if (moveFocus) (open ? frame : button).focus();
  }

  button.addEventListener("click", () => {
    clicked = true;
    show(!open, true);
    tellPanel();
  });

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data = event.data || {};
    if (data.type !== "state") return;
    if (!ready && clicked) {
      ready = true;
      tellPanel();
      return;
    }
    ready = true;
    unread = Boolean(data.unread);
    // The panel closing itself returns the focus; reopening after navigation does not.
    if (Boolean(data.open) !== open) show(Boolean(data.open), open);
    else render();
  });

  function start() {
    const host = document.createElement("china-talent-chat");
    host.lang = lang;
    const root = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];

    const icon = svg("svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    const path = svg("path");
    path.setAttribute("d", ICON);
    icon.append(path);
    dot.className = "dot";
    button.type = "button";
    button.setAttribute("aria-controls", "panel");
    button.append(icon, dot);

    frame.id = "panel";
    frame.title = title;
    const query = new URLSearchParams({ embed: "1", host: location.origin, title, lang });
    frame.src = `${origin}/chat/?${query}`;
    render();
    root.append(button, frame);
    document.body.append(host);
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
