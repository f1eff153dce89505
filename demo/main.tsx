import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/react/styles.css';
import './demo.css';
import { App } from './App';
import { TencentDemo, WebSocketDemo } from './Connect';

// Default: the embedded mock backend. `?backend=ws&user=me` uses `npm run backend` (one user per
// tab); `?backend=tencent` asks for a Tencent Cloud Chat login.
const params = new URLSearchParams(location.search);
const backend = params.get('backend');
const root = document.getElementById('root');
if (!root) throw new Error('The demo page has no #root element.');
createRoot(root).render(
  <StrictMode>
    {backend === 'ws' ? (
      <WebSocketDemo url={params.get('url') ?? 'ws://127.0.0.1:8787'} userID={params.get('user') ?? 'me'} />
    ) : backend === 'tencent' ? (
      <TencentDemo />
    ) : (
      <App />
    )}
  </StrictMode>,
);
