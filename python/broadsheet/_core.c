/*
 * _core.c - the CPython binding of the broadsheet C library.
 *
 * Binding only: no heuristics live here.  extract() checks its arguments
 * with the GIL held, runs bs_extract() and the extra renderings with the
 * GIL released, then builds one dict from the article.  The Python layer
 * (article.py) turns that dict into an Article.
 *
 * Reference ownership is written down where it is not the usual "new
 * reference, DECREF on every path": PyDict_SetItem* and PyTuple_SET_ITEM
 * are marked where they borrow or steal.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <string.h>

#include "broadsheet.h"

/* ------------------------------------------------------------------------
 * Module state
 * ------------------------------------------------------------------------ */

typedef struct {
    PyObject *ExtractError; /* subclass of ValueError */
} core_state;

static inline core_state *
get_state(PyObject *module)
{
    return (core_state *)PyModule_GetState(module);
}

/* ------------------------------------------------------------------------
 * Input
 * ------------------------------------------------------------------------ */

/* The bytes of the page, however the caller gave them.  Released by
   input_release() on every path. */
typedef struct {
    Py_buffer view;  /* valid when has_view */
    int has_view;
    char *copy;      /* PyMem_Malloc'd copy of a mutable buffer, or NULL */
    const char *data;
    size_t len;
    int is_str;      /* decoded text was given: read it as UTF-8 */
} input;

static void
input_release(input *in)
{
    if (in->copy != NULL) {
        PyMem_Free(in->copy);
        in->copy = NULL;
    }
    if (in->has_view) {
        PyBuffer_Release(&in->view);
        in->has_view = 0;
    }
}

/* Is the memory behind `obj` immutable for as long as we hold its buffer?
   Only bytes (and a memoryview over bytes) promise that; a bytearray, an
   array, an mmap or a read-only view of any of them may be written by
   another thread while the GIL is released. */
static int
buffer_is_immutable(PyObject *obj)
{
    if (PyBytes_Check(obj))
        return 1;
    if (PyMemoryView_Check(obj)) {
        PyObject *base = PyMemoryView_GET_BASE(obj);
        return base != NULL && PyBytes_Check(base);
    }
    return 0;
}

/* Fill `in` from `obj`; 0 on success, -1 with an exception set. */
static int
input_from_object(PyObject *obj, input *in)
{
    memset(in, 0, sizeof(*in));

    if (PyUnicode_Check(obj)) {
        Py_ssize_t n;
        /* Borrowed: the UTF-8 form is cached in the str, which the caller
           keeps alive for the whole call. */
        const char *s = PyUnicode_AsUTF8AndSize(obj, &n);

        if (s == NULL)
            return -1;
        in->data = s;
        in->len = (size_t)n;
        in->is_str = 1;
        return 0;
    }
    if (!PyObject_CheckBuffer(obj)) {
        PyErr_Format(PyExc_TypeError,
                     "html must be bytes, bytearray, memoryview or str, "
                     "not %.100s",
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (PyObject_GetBuffer(obj, &in->view, PyBUF_FULL_RO) < 0)
        return -1;
    in->has_view = 1;
    in->len = (size_t)in->view.len;

    if (in->len > BS_MAX_INPUT) {
        /* bs_extract() refuses it before reading a byte: do not copy. */
        in->data = in->view.buf;
        return 0;
    }
    if (buffer_is_immutable(obj) && PyBuffer_IsContiguous(&in->view, 'C')) {
        in->data = in->view.buf;
        return 0;
    }
    /* Mutable or strided: copy while we hold the GIL, so no other thread
       can change the bytes under the extractor. */
    in->copy = PyMem_Malloc(in->len ? in->len : 1);
    if (in->copy == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (PyBuffer_ToContiguous(in->copy, &in->view, in->view.len, 'C') < 0)
        return -1;
    in->data = in->copy;
    return 0;
}

/* ------------------------------------------------------------------------
 * Output
 * ------------------------------------------------------------------------ */

/* A new str from UTF-8 owned by the library, or a new reference to None.
   The library promises valid UTF-8; "replace" keeps a broken promise from
   turning into an exception in the user's pipeline. */
static PyObject *
str_or_none(const char *s)
{
    if (s == NULL)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static PyObject *
str_sized(const char *s, size_t len)
{
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, "replace");
}

/* d[key] = value, consuming the reference to value (which may be NULL
   after a failed constructor: then -1 is returned at once). */
static int
set_steal(PyObject *d, const char *key, PyObject *value)
{
    int r;

    if (value == NULL)
        return -1;
    r = PyDict_SetItemString(d, key, value); /* borrows value */
    Py_DECREF(value);
    return r;
}

static PyObject *
list_tuple(const bs_article *art, bs_list list)
{
    size_t n = bs_article_count(art, list), i;
    PyObject *t = PyTuple_New((Py_ssize_t)n);

    if (t == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *s = str_or_none(bs_article_item(art, list, i));

        if (s == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, s); /* steals s */
    }
    return t;
}

static PyObject *
sources_dict(const bs_article *art)
{
    PyObject *d = PyDict_New();
    int f, l;

    if (d == NULL)
        return NULL;
    for (f = 0; f < BS_FIELD__COUNT; f++) {
        const char *src = bs_article_source(art, (bs_field)f);

        if (src != NULL &&
            set_steal(d, bs_field_name((bs_field)f), str_or_none(src)) < 0)
            goto error;
    }
    for (l = 0; l < BS_LIST__COUNT; l++) {
        const char *src = bs_article_list_source(art, (bs_list)l);

        if (src != NULL &&
            set_steal(d, bs_list_name((bs_list)l), str_or_none(src)) < 0)
            goto error;
    }
    return d;

error:
    Py_DECREF(d);
    return NULL;
}

static PyObject *
article_dict(const bs_article *art, const char *html, size_t html_len,
             const char *doc, size_t doc_len)
{
    PyObject *d = PyDict_New();
    int f;

    if (d == NULL)
        return NULL;
    for (f = 0; f < BS_FIELD__COUNT; f++) {
        if (set_steal(d, bs_field_name((bs_field)f),
                      str_or_none(bs_article_get(art, (bs_field)f))) < 0)
            goto error;
    }
    if (set_steal(d, "authors", list_tuple(art, BS_LIST_AUTHORS)) < 0 ||
        set_steal(d, "tags", list_tuple(art, BS_LIST_TAGS)) < 0 ||
        set_steal(d, "sources", sources_dict(art)) < 0 ||
        set_steal(d, "text", str_or_none(bs_article_text(art))) < 0 ||
        set_steal(d, "markdown", str_or_none(bs_article_markdown(art))) < 0 ||
        set_steal(d, "html", str_sized(html, html_len)) < 0 ||
        set_steal(d, "document", str_sized(doc, doc_len)) < 0 ||
        set_steal(d, "comments", str_or_none(bs_article_comments(art))) < 0)
        goto error;
    return d;

error:
    Py_DECREF(d);
    return NULL;
}

/* ------------------------------------------------------------------------
 * extract()
 * ------------------------------------------------------------------------ */

static int
parse_favor(const char *favor, bs_favor *out)
{
    if (strcmp(favor, "balanced") == 0)
        *out = BS_FAVOR_BALANCED;
    else if (strcmp(favor, "precision") == 0)
        *out = BS_FAVOR_PRECISION;
    else if (strcmp(favor, "recall") == 0)
        *out = BS_FAVOR_RECALL;
    else {
        PyErr_Format(PyExc_ValueError,
                     "favor must be 'balanced', 'precision' or 'recall', "
                     "not '%.100s'",
                     favor);
        return -1;
    }
    return 0;
}

PyDoc_STRVAR(extract__doc__,
"extract(html, url=None, *, encoding=None, favor='balanced',\n"
"        include_comments=False, include_tables=True, include_images=True,\n"
"        include_links=True, include_formatting=True, reference_time=0)\n"
"--\n"
"\n"
"Extract the article from a web page.\n"
"\n"
"html is the page as bytes-like (any encoding) or str (already decoded;\n"
"encoding and <meta charset> are then ignored).  Returns None when the\n"
"page has no main text, else a dict of every field.  Raises ExtractError\n"
"when the page cannot be read (too large, unknown encoding).\n"
"reference_time, in seconds since 1970 (UTC), is the latest plausible\n"
"date (0: now).  The GIL is released during the extraction.");

static PyObject *
core_extract(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"html",
                             "url",
                             "encoding",
                             "favor",
                             "include_comments",
                             "include_tables",
                             "include_images",
                             "include_links",
                             "include_formatting",
                             "reference_time",
                             NULL};
    PyObject *html_obj;
    const char *url = NULL, *encoding = NULL, *favor = "balanced";
    int include_comments = 0, include_tables = 1, include_images = 1;
    int include_links = 1, include_formatting = 1;
    long long reference_time = 0;
    core_state *state = get_state(module);
    input in;
    bs_options opts;
    bs_article *art = NULL;
    bs_error err;
    bs_status status;
    char *html_out = NULL, *doc_out = NULL;
    size_t html_len = 0, doc_len = 0;
    PyObject *result = NULL;

    memset(&in, 0, sizeof(in));
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|z$zspppppL:extract",
                                     kwlist, &html_obj, &url, &encoding,
                                     &favor, &include_comments,
                                     &include_tables, &include_images,
                                     &include_links, &include_formatting,
                                     &reference_time))
        return NULL;

    bs_options_init(&opts);
    if (parse_favor(favor, &opts.favor) < 0)
        return NULL;
    if (reference_time < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "reference_time must not be before 1970");
        return NULL;
    }
    opts.reference_time = reference_time;
    if (input_from_object(html_obj, &in) < 0)
        goto error;
    /* Pointers into url and encoding stay valid: the caller's str objects
       outlive the call. */
    opts.url = url;
    opts.encoding = in.is_str ? "utf-8" : encoding;
    opts.include_comments = include_comments;
    opts.include_tables = include_tables;
    opts.include_images = include_images;
    opts.include_links = include_links;
    opts.include_formatting = include_formatting;

    Py_BEGIN_ALLOW_THREADS
    status = bs_extract(in.data, in.len, &opts, &art, &err);
    if (status == BS_OK && art != NULL) {
        html_out = bs_article_render(art, BS_FORMAT_HTML, &html_len);
        doc_out = bs_article_render(art, BS_FORMAT_DOCUMENT, &doc_len);
    }
    Py_END_ALLOW_THREADS

    if (status != BS_OK) {
        if (status == BS_ERR_NOMEM)
            PyErr_SetString(PyExc_MemoryError, err.message);
        else
            PyErr_SetString(state->ExtractError, err.message);
        goto error;
    }
    if (art == NULL) {
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    if (html_out == NULL || doc_out == NULL) {
        PyErr_NoMemory();
        goto error;
    }
    result = article_dict(art, html_out, html_len, doc_out, doc_len);
    goto done;

error:
    Py_CLEAR(result);
done:
    bs_free(html_out);
    bs_free(doc_out);
    bs_article_free(art);
    input_release(&in);
    return result;
}

/* ------------------------------------------------------------------------
 * Module
 * ------------------------------------------------------------------------ */

static PyMethodDef core_methods[] = {
    {"extract", (PyCFunction)(void (*)(void))core_extract,
     METH_VARARGS | METH_KEYWORDS, extract__doc__},
    {NULL, NULL, 0, NULL}};

/* PyModule_AddObject() steals only on success; this always consumes. */
static int
add_object(PyObject *module, const char *name, PyObject *value)
{
    if (value == NULL)
        return -1;
    if (PyModule_AddObject(module, name, value) < 0) {
        Py_DECREF(value);
        return -1;
    }
    return 0;
}

static int
core_exec(PyObject *module)
{
    core_state *state = get_state(module);

    bs_init();
    state->ExtractError = PyErr_NewExceptionWithDoc(
        "broadsheet.ExtractError",
        "The page could not be read: too large, or an unknown encoding.",
        PyExc_ValueError, NULL);
    if (state->ExtractError == NULL)
        return -1;
    Py_INCREF(state->ExtractError); /* one for the state, one for module */
    if (add_object(module, "ExtractError", state->ExtractError) < 0)
        return -1;
    if (add_object(module, "__version__", PyUnicode_FromString(BS_VERSION)) <
            0 ||
        add_object(module, "MAX_INPUT",
                   PyLong_FromUnsignedLong((unsigned long)BS_MAX_INPUT)) < 0)
        return -1;
    return 0;
}

static PyModuleDef_Slot core_slots[] = {
    {Py_mod_exec, (void *)core_exec},
#if PY_VERSION_HEX >= 0x030C0000
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if PY_VERSION_HEX >= 0x030D0000
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL}};

static int
core_traverse(PyObject *module, visitproc visit, void *arg)
{
    core_state *state = get_state(module);

    Py_VISIT(state->ExtractError);
    return 0;
}

static int
core_clear(PyObject *module)
{
    core_state *state = get_state(module);

    Py_CLEAR(state->ExtractError);
    return 0;
}

static void
core_free(void *module)
{
    core_clear((PyObject *)module);
}

PyDoc_STRVAR(core__doc__,
"The broadsheet C library: turn a web page into its article.\n"
"\n"
"Use the broadsheet package; this module is its binding.");

static struct PyModuleDef core_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "broadsheet._core",
    .m_doc = core__doc__,
    .m_size = sizeof(core_state),
    .m_methods = core_methods,
    .m_slots = core_slots,
    .m_traverse = core_traverse,
    .m_clear = core_clear,
    .m_free = core_free,
};

PyMODINIT_FUNC
PyInit__core(void)
{
    return PyModuleDef_Init(&core_module);
}
