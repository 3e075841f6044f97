// The indexing shared by the tree models: the rows are kept as a flat list of
// nodes (node 0 is the invisible root), each pointing at an item of the
// subclass's own list and at its parent node. A subclass builds a NodeTree
// from its data and hands it to replaceTree(), which tells the views the
// least it can: when the tree has the same shape as before (same keys in the
// same places), only the data changed; otherwise the model is reset.
#pragma once

#include <QAbstractItemModel>
#include <QList>

#include <functional>

namespace ttcs::ui {

struct TreeNode
{
    int item = -1;   // index in the subclass's list; -1 for the root and branches
    qint64 key = 0;  // what the node stands for (an id, a branch number): compared for the shape
    int parent = -1; // index of the parent node
    int row = 0;     // row under the parent
    QList<int> children;
};

// A tree being built: add parents before their children.
class NodeTree final
{
public:
    NodeTree();
    // Adds a node under `parent` (0: the root); returns its index.
    int add(int parent, int item, qint64 key);
    const TreeNode &node(int i) const { return m_nodes.at(i); }
    int size() const { return int(m_nodes.size()); }
    bool sameShape(const NodeTree &other) const;

private:
    friend class NodeTreeModel;
    QList<TreeNode> m_nodes;
};

class NodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit NodeTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

    // The index of the first node whose key is `key` and that stands for an
    // item (not a branch), or an invalid index.
    QModelIndex indexOfKey(qint64 key, int column = 0) const;

protected:
    // Puts `tree` in place; `swapData` replaces the subclass's items and is
    // called at the moment the views expect it.
    void replaceTree(NodeTree tree, const std::function<void()> &swapData);
    const TreeNode &nodeOf(const QModelIndex &index) const;
    // The item index at `index` (-1: the root or a branch); only for indexes of this model.
    int itemAt(const QModelIndex &index) const;

private:
    void emitChanged(int node);

    NodeTree m_tree;
};

} // namespace ttcs::ui
