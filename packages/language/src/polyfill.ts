// Chevrotain 12+ (inside Langium 4.2.2+) calls Object.groupBy, which Node 20 lacks. core-js installs it
// only where it is missing, so Node 22+ keeps its own. Import this module before anything from Langium.
import 'core-js/actual/object/group-by.js';
