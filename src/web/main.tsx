import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './app.css';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('缺少 #root 元素');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
