import { MeasureIndex, seriesEntries } from './engine/measures';
import { readQuantities } from './engine/numbers';
