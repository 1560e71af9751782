//! The integration tests, in one binary to save link time.

mod adversarial;
mod align;
mod cli;
mod common;
mod glossary_maint;
mod house;
mod html;
mod memory;
mod mt_apertium;
mod mt_azure;
mod mt_command;
mod mt_contract;
mod mt_deepl;
mod mt_engine;
mod mt_google;
mod mt_libretranslate;
mod mt_openai;
mod offline;
mod properties;
mod qa;
mod record;
mod review;
mod segmentation;
mod state;
mod streaming;
mod xliff;
