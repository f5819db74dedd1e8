// The columns every read of a Dataset node (one data version) shares, written once: a query names this fragment
// with its DATASET_COLUMNS placeholder and adds the change lists in the shape it needs (their sizes for the
// current version, the lists themselves for the changes since a version).
version: $$VAR.version
finishedAt: toString($$VAR.finishedAt)
citationsAdded: $$VAR.citationsAdded
listsTruncated: $$VAR.listsTruncated
