import { renderToString } from 'react-dom/server';
import { App } from './App';

/** The app's HTML for a URL path, which server.mjs puts into index.html. */
export function render(url: string): string {
  return renderToString(<App url={url} />);
}
