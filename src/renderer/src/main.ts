import { mount } from 'svelte';
// First: the dashboard's data is asked for before anything else loads.
import './lib/early';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');

export default mount(App, { target });
