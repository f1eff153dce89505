import type { ReactNode } from 'react';
// The kit's one stylesheet, imported once for the whole app.
import 'react-read-receipts/styles.css';

export const metadata = { title: 'react-read-receipts on Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>{children}</body>
    </html>
  );
}
