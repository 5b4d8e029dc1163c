import { Link, usePath } from './router';
import { SignIn } from './SignIn';

/** Two routes. Leaving "/" unmounts <okta-flow>; coming back mounts a new one, which resumes the sign-in. */
export function App({ url }: { url: string }) {
  const path = usePath(url);
  return (
    <>
      <nav>
        <Link to="/">Sign in</Link> <Link to="/about">About</Link>
      </nav>
      <main>{path === '/about' ? <About /> : <SignIn />}</main>
    </>
  );
}

function About() {
  return (
    <>
      <h1>About</h1>
      <p>Leave the sign-in mid-way and come back: it goes on where it was.</p>
    </>
  );
}

