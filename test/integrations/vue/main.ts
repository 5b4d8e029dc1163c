// What an app's main.ts does: registers the elements and brings in their GlobalComponents types.
import 'okta-elements/vue';
