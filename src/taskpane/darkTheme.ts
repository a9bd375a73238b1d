// Its own chunk: only Office's dark themes need it, so the light first load stays smaller.
export { webDarkTheme } from '@fluentui/react-components';
