#include "models/NodeTreeModel.h"

namespace ttcs::ui {

NodeTree::NodeTree()
{
    m_nodes.append(TreeNode{});
}

int NodeTree::add(int parent, int item, qint64 key)
{
    TreeNode n;
    n.item = item;
    n.key = key;
    n.parent = parent;
    n.row = int(m_nodes[parent].children.size());
    const int id = int(m_nodes.size());
    m_nodes[parent].children.append(id);
    m_nodes.append(n);
    return id;
}

bool NodeTree::sameShape(const NodeTree &other) const
{
    if (m_nodes.size() != other.m_nodes.size())
        return false;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const TreeNode &a = m_nodes.at(i);
        const TreeNode &b = other.m_nodes.at(i);
        if (a.key != b.key || a.parent != b.parent || a.children != b.children ||
            (a.item < 0) != (b.item < 0))
            return false;
    }
    return true;
}

NodeTreeModel::NodeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void NodeTreeModel::replaceTree(NodeTree tree, const std::function<void()> &swapData)
{
    if (tree.sameShape(m_tree)) {
        // An edit that kept every row in its place: the views keep their
        // selection, expanded branches and scroll position.
        swapData();
        m_tree = std::move(tree);
        emitChanged(0);
        return;
    }
    beginResetModel();
    swapData();
    m_tree = std::move(tree);
    endResetModel();
}

void NodeTreeModel::emitChanged(int node)
{
    const TreeNode &n = m_tree.m_nodes.at(node);
    if (n.children.isEmpty() || columnCount() == 0)
        return;
    const QModelIndex parent =
        node == 0 ? QModelIndex() : createIndex(n.row, 0, quintptr(node));
    Q_EMIT dataChanged(index(0, 0, parent),
                     index(int(n.children.size()) - 1, columnCount(parent) - 1, parent));
    for (int child : n.children)
        emitChanged(child);
}

const TreeNode &NodeTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? m_tree.m_nodes.at(int(index.internalId())) : m_tree.m_nodes.at(0);
}

int NodeTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return nodeOf(index).item;
}

QModelIndex NodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(nodeOf(parent).children.at(row)));
}

QModelIndex NodeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const TreeNode &n = nodeOf(child);
    if (n.parent <= 0)
        return {};
    return createIndex(m_tree.m_nodes.at(n.parent).row, 0, quintptr(n.parent));
}

int NodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent).children.size());
}

QModelIndex NodeTreeModel::indexOfKey(qint64 key, int column) const
{
    for (int i = 1; i < m_tree.size(); ++i) {
        const TreeNode &n = m_tree.node(i);
        if (n.key == key && n.item >= 0)
            return createIndex(n.row, column, quintptr(i));
    }
    return {};
}

} // namespace ttcs::ui
