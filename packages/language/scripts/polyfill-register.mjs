// Chevrotain 12+ calls Object.groupBy (Node 21+); Node 20 needs the guarded core-js polyfill first.
import 'core-js/actual/object/group-by.js';
