//! What a tool saves for the user (a conversation preparation, a self-assessment): a title and
//! the tool's own fields, kept in the store's `preparations` under the tool page's id. Each
//! tool sees only its own; one whose fields no longer fit (written by another version) is left
//! out of the list and refused on opening, never shown half.

use rusqlite::Connection;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::store::{self, PreparationId};
use crate::{Error, Result};

/// A saved result, read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved<F> {
    pub id: i64,
    pub title: String,
    pub fields: F,
    pub updated_at: i64,
}

/// Saves a new result (`id` None) or replaces one of this tool's.
pub fn save<F: Serialize>(
    conn: &Connection,
    tool_id: &str,
    id: Option<i64>,
    title: &str,
    fields: &F,
) -> Result<i64> {
    let value = serde_json::to_value(fields).map_err(|_| Error::InvalidPreparation)?;
    match id {
        Some(id) => {
            open_raw(conn, tool_id, id)?;
            store::update_preparation(conn, PreparationId(id), title, &value)?;
            Ok(id)
        }
        None => Ok(store::save_preparation(conn, tool_id, title, &value)?.0),
    }
}

/// This tool's results, last changed first.
pub fn list<F: DeserializeOwned>(conn: &Connection, tool_id: &str) -> Result<Vec<Saved<F>>> {
    Ok(store::list_preparations(conn)?
        .into_iter()
        .filter(|p| p.tool_id == tool_id)
        .filter_map(|p| {
            Some(Saved {
                id: p.id.0,
                title: p.title,
                fields: serde_json::from_value(p.fields).ok()?,
                updated_at: p.updated_at,
            })
        })
        .collect())
}

pub fn open<F: DeserializeOwned>(conn: &Connection, tool_id: &str, id: i64) -> Result<Saved<F>> {
    let p = open_raw(conn, tool_id, id)?;
    Ok(Saved {
        id,
        title: p.title,
        fields: serde_json::from_value(p.fields).map_err(|_| Error::InvalidPreparation)?,
        updated_at: p.updated_at,
    })
}

/// Deletes one of this tool's results; another tool's is `unknown_preparation`.
pub fn delete(conn: &Connection, tool_id: &str, id: i64) -> Result<()> {
    open_raw(conn, tool_id, id)?;
    store::delete_preparation(conn, PreparationId(id))
}

fn open_raw(conn: &Connection, tool_id: &str, id: i64) -> Result<store::Preparation> {
    let p = store::preparation(conn, PreparationId(id))?;
    if p.tool_id != tool_id {
        return Err(Error::UnknownPreparation { id });
    }
    Ok(p)
}

/// Fields as the UI sends them: a JSON object of the tool's fields, else `invalid_preparation`.
pub fn fields_from<F: DeserializeOwned>(value: serde_json::Value) -> Result<F> {
    // serde would read a struct from an array too: only an object is a tool's fields.
    if !value.is_object() {
        return Err(Error::InvalidPreparation);
    }
    serde_json::from_value(value).map_err(|_| Error::InvalidPreparation)
}
