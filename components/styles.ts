// Shadow-root styles, inlined so mounting never fetches anything.
export const UI_CSS = `
:host { all: initial; display: block; }
.wbc { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b3a; }
.wbc-tip { box-sizing: border-box; margin: 8px 0; padding: 10px 12px; max-width: 640px;
  background: #f3f7ff; border: 1px solid #9db4e8; border-left: 4px solid #2f5bd3; border-radius: 6px; }
.wbc-tip-head { display: flex; align-items: flex-start; gap: 8px; justify-content: space-between; }
.wbc-tip-title { font-weight: 600; margin: 0; font-size: 14px; }
.wbc-tip p { margin: 6px 0 0; }
.wbc-tip ul { margin: 6px 0 0; padding-left: 18px; }
.wbc-tip a { color: #1c3f9e; }
.wbc-icon-button { border: 0; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; color: #1b1b3a; padding: 2px 6px; border-radius: 4px; }
.wbc-recall { margin: 4px 0; border: 1px dashed #6f86c4; background: #fff; color: #1c3f9e; border-radius: 12px; padding: 2px 10px; cursor: pointer; font: inherit; font-size: 12px; }
.wbc-panel { box-sizing: border-box; margin: 12px 0; padding: 12px 14px; max-width: 720px; background: #fffdf3; border: 1px solid #d9c36b; border-radius: 8px; }
.wbc-panel h2 { font-size: 16px; margin: 0 0 6px; }
.wbc-button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #2f5bd3; background: #2f5bd3; color: #fff; cursor: pointer; }
.wbc-button.secondary { background: #fff; color: #1c3f9e; }
.wbc-button:disabled { opacity: 0.6; cursor: default; }
.wbc-banner { box-sizing: border-box; margin: 16px auto; padding: 14px 16px; max-width: 640px; background: #fff6e5; border: 2px solid #d98b00; border-radius: 8px; }
.wbc-banner h2 { margin: 0 0 6px; font-size: 18px; }
.wbc-ok { color: #1d6b2f; } .wbc-warn { color: #8a4b00; }
:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
`;
