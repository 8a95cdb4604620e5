import { createApp } from "./app.js";

export default createApp();
