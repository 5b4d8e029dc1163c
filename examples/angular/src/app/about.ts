import { Component } from '@angular/core';

@Component({
  selector: 'app-about',
  template: `
    <h1>About</h1>
    <p>Leave the sign-in mid-way and come back: it goes on where it was.</p>
  `,
})
export class About {}
