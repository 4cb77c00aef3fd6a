import { mount } from 'svelte';
import '../../app.css';
import LabBench from './LabBench.svelte';

mount(LabBench, { target: document.body });
