import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

// Takes over the server's HTML. okta-elements does not change server-rendered DOM before hydration is over.
hydrateRoot(document.getElementById('root')!, <App url={location.pathname} />);
