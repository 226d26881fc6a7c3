/** What the scan station and the dashboard share: storage, wording and the login form. */
const PageKit = {
  $: (id) => document.getElementById(id),

  /** localStorage with a prefix per page, JSON values, and a fallback for anything unreadable. */
  store(prefix) {
    return {
      get: (key, fallback) => {
        try {
          return JSON.parse(localStorage.getItem(`${prefix}.${key}`)) ?? fallback;
        } catch {
          return fallback;
        }
      },
      set: (key, value) => localStorage.setItem(`${prefix}.${key}`, JSON.stringify(value)),
    };
  },

  /** Text for a key ("events.posted" reaches nested texts) with {placeholders} filled. */
  translate(texts, key, values = {}) {
    const text =
      key.split('.').reduce((node, part) => (node ? node[part] : undefined), texts) ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
  },

  /**
   * Logs in with the page's login form. Resolves with the login answer when the role may use
   * the page; otherwise writes why in #login-error and resolves with null.
   */
  async logIn(allowedRoles, t) {
    const error = PageKit.$('login-error');
    error.textContent = '';
    try {
      const response = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          login: PageKit.$('login-name').value,
          password: PageKit.$('login-password').value,
        }),
      });
      if (!response.ok) {
        error.textContent = t('loginFailed');
        return null;
      }
      const body = await response.json();
      if (!allowedRoles.includes(body.user.role)) {
        error.textContent = t('wrongRole');
        return null;
      }
      return body;
    } catch {
      error.textContent = t('offline');
      return null;
    }
  },
};
