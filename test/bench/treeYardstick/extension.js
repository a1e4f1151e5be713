// The tree yardstick of npm run bench (see test/bench/vscode.bench.ts): rows as My Sprint drew them in an earlier
// window (a JSON file named by SPRINT_FLOW_BENCH_YARDSTICK_ROWS, read once at activation), served from memory by
// the plainest TreeDataProvider there is. Plain JavaScript so that it needs no build.
const fs = require('node:fs');
const vscode = require('vscode');

/** @typedef {{ label: string, description?: string, icon?: string, expanded?: boolean, children?: Row[] }} Row */

function readRows() {
  const file = process.env.SPRINT_FLOW_BENCH_YARDSTICK_ROWS;
  try {
    return file ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  } catch {
    return [];
  }
}

function activate(context) {
  /** @type {Row[]} */
  const rows = readRows();
  const provider = {
    getChildren: (row) => (row ? row.children ?? [] : rows),
    getTreeItem: (row) => {
      const collapsible = row.children?.length
        ? row.expanded === false ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.None;
      const item = new vscode.TreeItem(row.label, collapsible);
      item.description = row.description;
      if (row.icon) item.iconPath = new vscode.ThemeIcon(row.icon);
      return item;
    },
  };
  context.subscriptions.push(vscode.window.registerTreeDataProvider('treeYardstick.rows', provider));
}

module.exports = { activate };
