import type { Routes } from '@angular/router';
import { SignIn } from './sign-in';
import { About } from './about';

// Leaving '' destroys SignIn and its <okta-flow>; coming back creates a new one, which resumes the sign-in.
export const routes: Routes = [
  { path: '', component: SignIn },
  { path: 'about', component: About },
];
