import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Página não encontrada · Page not found',
  robots: { index: false },
};

/**
 * Last resort for requests the proxy does not see (a missing static file).
 * It cannot know the reader's language, so it speaks both.
 */
export default function RootNotFound() {
  return (
    <html lang="pt-BR">
      <body>
        <main id="content" className="not-found">
          <p className="not-found-code" aria-hidden="true">
            404
          </p>
          <h1>Página não encontrada</h1>
          <p>
            <a href="/pt">Voltar para a página inicial</a>
          </p>
          <div lang="en">
            <h2>Page not found</h2>
            <p>
              <a href="/en">Back to the home page</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
