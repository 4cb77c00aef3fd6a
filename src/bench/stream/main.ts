import { mount } from 'svelte';
import '../../app.css';
import StreamBench from './StreamBench.svelte';

mount(StreamBench, { target: document.body });
