// First: it configures zod before any module builds a schema.
import './zod-setup.js';
import 'dayjs/locale/zh-cn.js';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { meQuery } from './backend/queries.js';
import { hasSessionHint } from './backend/session-hint.js';
import { getLang, storeLang } from './i18n/lang-store.js';
import { createQueryClient } from './providers.js';
import { preloadRoute } from './routes.js';

storeLang(getLang());
dayjs.locale(getLang() === 'zh' ? 'zh-cn' : 'en');

const client = createQueryClient();

function render() {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

if (hasSessionHint()) {
  // Ask who is logged in, fetch the screen's code and (for the cockpit) its numbers all at
  // once. Rendering after they arrive (the page's own "正在加载…" shows meanwhile) spares
  // React a loading state it would then hold on screen for a while; never wait over 1.5 s.
  const me = client.query(meQuery).catch(() => undefined);
  const ready = Promise.all([me, preloadRoute(window.location, client)]);
  void Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 1500))]).then(render);
} else render();
