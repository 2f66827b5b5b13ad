/*
 * Chat widget for the assistant's socket.io channel (channels/socketio.py).
 *
 * The server issues the session id (signed, bound to the socket); the page keeps it and the
 * transcript in localStorage, so a reload resumes the conversation: the server resumes
 * only ids it issued and keeps the dialogue state under it, the page shows the earlier
 * messages. Bot texts are rendered without innerHTML: "\n" line breaks,
 * "• " and "1. " lists, links and e-mail addresses, and the "Source:" line set apart.
 * The EN / 中文 switch sets the page's labels and, once chosen, the language the assistant
 * answers in (sent with every message as metadata; the server keeps it in the
 * conversation's language slot). Until the user chooses, the assistant answers in the
 * language of each message, and the labels follow the browser's (or the embed's) language.
 */
(() => {
  "use strict";

  const STORAGE_KEY = "china-talent-assistant.chat";
  const MAX_STORED_MESSAGES = 200;
  const REPLY_TIMEOUT_MS = 30000;
  // A URL (without trailing punctuation) or an e-mail address.
  const LINK = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/;
  const BULLET = /^\s*[•-]\s+(.*)$/;
  const NUMBERED = /^\s*(\d+)[.)]\s+(.*)$/;
  const SOURCES = ["Source:", "来源："];
  const LANGUAGES = ["en", "zh"];
  const LABELS = {
    en: {
      heading: "China talent assistant",
      intro:
        "Questions about working in China as a foreign professional, answered from five " +
        "official policy documents. Every answer names its source.",
      chat: "Chat",
      reset: "New conversation",
      typing: "The assistant is typing…",
      question: "Your question",
      send: "Send",
      placeholder: "e.g. Is my job on a list?",
      language: "Language",
      connecting: "Connecting…",
      connected: "Connected",
      reconnecting: "Reconnecting…",
      noReply: "No reply received. Please try again.",
      you: "You:",
      assistant: "Assistant:",
      replies: "Suggested replies",
      newTab: " (opens in a new tab)",
    },
    zh: {
      heading: "外籍人才来华工作助手",
      intro: "根据五份官方政策文件，回答外籍专业人才来华工作的问题。每个回答都注明出处。",
      chat: "对话",
      reset: "新对话",
      typing: "助手正在输入…",
      question: "您的问题",
      send: "发送",
      placeholder: "例如：我的职业在清单上吗？",
      language: "语言",
      connecting: "正在连接…",
      connected: "已连接",
      reconnecting: "正在重新连接…",
      noReply: "没有收到回复，请重试。",
      you: "您：",
      assistant: "助手：",
      replies: "建议的回复",
      newTab: "（在新标签页打开）",
    },
  };

  const form = document.getElementById("chat-form");
  const input = document.getElementById("chat-input");
  const sendButton = document.getElementById("chat-send");
  const log = document.getElementById("chat-log");
  const scroller = document.getElementById("chat-scroll");
  const typing = document.getElementById("chat-typing");
  const connection = document.getElementById("chat-connection");
  const reset = document.getElementById("chat-reset");
  const languageButtons = {
    en: document.getElementById("chat-lang-en"),
    zh: document.getElementById("chat-lang-zh"),
  };

  const state = load();
  let confirmed = false;
  let replyTimer = null;

  function load() {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY));
      if (stored && typeof stored.sessionId === "string" && Array.isArray(stored.messages)) {
        return stored;
      }
    } catch {
      // Unreadable or unavailable storage: start a new conversation.
    }
    return { sessionId: null, messages: [], language: null };
  }

  // The labels' language: the user's choice, else the embed's or the browser's.
  function labelLanguage() {
    if (LANGUAGES.includes(state.language)) return state.language;
    const asked = new URLSearchParams(location.search).get("lang");
    if (LANGUAGES.includes(asked)) return asked;
    return (navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en";
  }

  function label(key) {
    return LABELS[labelLanguage()][key];
  }

  function applyLabels() {
    const language = labelLanguage();
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
    document.querySelectorAll("[data-label]").forEach((node) => {
      node.textContent = label(node.dataset.label);
    });
    input.placeholder = label("placeholder");
    document.getElementById("chat-language").setAttribute("aria-label", label("language"));
    for (const [code, button] of Object.entries(languageButtons)) {
      button.setAttribute("aria-pressed", String(code === language));
    }
  }

  function save() {
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the conversation goes on, unsaved.
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function appendInline(parent, text) {
    text.split(LINK).forEach((part, index) => {
      if (index % 2 === 0) {
        if (part) parent.append(part);
        return;
      }
      const link = element("a", "", part);
      if (part.startsWith("http")) {
        link.href = part;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.append(element("span", "visually-hidden", label("newTab")));
      } else {
        link.href = `mailto:${part}`;
      }
      parent.append(link);
    });
  }

  function renderBotText(bubble, text) {
    let list = null;
    for (const line of text.split("\n")) {
      const bullet = line.match(BULLET);
      const numbered = line.match(NUMBERED);
      if (bullet || numbered) {
        const tag = bullet ? "UL" : "OL";
        if (!list || list.tagName !== tag) {
          list = element(tag.toLowerCase());
          if (numbered) list.start = Number(numbered[1]);
          bubble.append(list);
        }
        const item = element("li");
        appendInline(item, bullet ? bullet[1] : numbered[2]);
        list.append(item);
        continue;
      }
      list = null;
      const sourceLabel = SOURCES.find((prefix) => line.startsWith(prefix));
      if (sourceLabel) {
        const source = element("p", "chat-source");
        source.append(element("strong", "", sourceLabel));
        appendInline(source, line.slice(sourceLabel.length));
        bubble.append(source);
      } else if (line.trim()) {
        const paragraph = element("p");
        appendInline(paragraph, line);
        bubble.append(paragraph);
      }
    }
  }

  function renderMessage(message) {
    const item = element("li", `chat-message chat-message--${message.from}`);
    const speaker = label(message.from === "user" ? "you" : "assistant");
    item.append(element("span", "visually-hidden", speaker));
    const bubble = element("div", "chat-bubble");
    if (message.from === "bot") renderBotText(bubble, message.text);
    else bubble.append(element("p", "", message.text));
    item.append(bubble);
    log.append(item);
    return item;
  }

  // Only the latest message's buttons are offered; they go once anything else is said.
  function renderReplies(item, replies) {
    const group = element("div", "chat-replies");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", label("replies"));
    for (const reply of replies) {
      const button = element("button", "chat-reply", reply.title);
      button.type = "button";
      button.addEventListener("click", () => {
        if (send(reply.title, reply.payload)) input.focus();
      });
      group.append(button);
    }
    item.append(group);
  }

  function scrollToEnd() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function add(message) {
    log.querySelectorAll(".chat-replies").forEach((group) => group.remove());
    state.messages.push(message);
    save();
    const item = renderMessage(message);
    if (message.replies?.length) renderReplies(item, message.replies);
    scrollToEnd();
    // For panel.js, which tells an embedding page about new replies.
    document.dispatchEvent(new CustomEvent("chat:message", { detail: message }));
  }

  function renderHistory() {
    log.replaceChildren();
    state.messages.forEach(renderMessage);
    const last = state.messages.at(-1);
    if (last?.replies?.length) renderReplies(log.lastElementChild, last.replies);
    scrollToEnd();
  }

  function showTyping(active) {
    typing.classList.toggle("is-active", active);
    clearTimeout(replyTimer);
    if (active) {
      replyTimer = setTimeout(() => {
        showTyping(false);
        setStatus(label("noReply"));
      }, REPLY_TIMEOUT_MS);
      scrollToEnd();
    }
  }

  // Changes the status line only when it differs, so that it is announced only then.
  function setStatus(text) {
    if (connection.textContent !== text) connection.textContent = text;
  }

  function setConfirmed(value, status) {
    confirmed = value;
    sendButton.disabled = !value;
    setStatus(status);
  }

  // Sends ``payload`` (a button's intent, or the text itself); shows ``text``.
  function send(text, payload = text) {
    if (!confirmed) return false;
    setStatus(label("connected"));
    add({ from: "user", text });
    const metadata = state.language ? { language: state.language } : {};
    socket.emit("user_uttered", { message: payload, metadata });
    showTyping(true);
    return true;
  }

  // The page's own origin serves socket.io (see channels/web.py).
  const socket = io({ path: "/socket.io" });

  socket.on("connect", () => {
    socket.emit("session_request", { session_id: state.sessionId });
  });
  socket.on("session_confirm", (sessionId) => {
    // Another id than the stored one: the server did not resume it, so this is a new
    // conversation and the old transcript goes.
    if (state.sessionId && sessionId !== state.sessionId) {
      state.messages = [];
      renderHistory();
    }
    state.sessionId = sessionId;
    save();
    setConfirmed(true, label("connected"));
  });
  socket.on("disconnect", () => {
    showTyping(false);
    setConfirmed(false, label("reconnecting"));
  });
  socket.on("bot_uttered", (message) => {
    // Custom payloads ({"custom": {"sources": [...]}}) repeat the text's "Source:" line.
    if (typeof message.text !== "string") return;
    showTyping(false);
    const replies = (message.quick_replies || []).map(({ title, payload }) => ({ title, payload }));
    add({ from: "bot", text: message.text, replies });
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text && send(text)) input.value = "";
    input.focus();
  });

  reset.addEventListener("click", () => {
    state.sessionId = null;
    state.messages = [];
    save();
    renderHistory();
    showTyping(false);
    setConfirmed(false, label("connecting"));
    // A new socket leaves the old session's room.
    socket.disconnect().connect();
    input.focus();
  });

  for (const [code, button] of Object.entries(languageButtons)) {
    button.addEventListener("click", () => {
      state.language = code;
      save();
      applyLabels();
      connection.textContent = label(confirmed ? "connected" : "connecting");
    });
  }

  applyLabels();
  setStatus(label("connecting"));
  renderHistory();
  // Busy until the history is shown, so that only new messages are announced.
  scroller.removeAttribute("aria-busy");
})();
