export { sectionLabel } from '../core/compare-text';
