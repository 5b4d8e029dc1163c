import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** The current path: the server's URL while rendering, then location.pathname, following pushState and Back. */
export function usePath(initial: string): string {
  const [path, setPath] = useState(initial);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return path;
}

/** A link that changes the route without a page load. */
export function Link({ to, children }: { to: string; children: ReactNode }) {
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  };
  return (
    <a href={to} onClick={navigate}>
      {children}
    </a>
  );
}
